namespace Axcelerate.HubSpot.Mapping;

/// <summary>Which side wins when a mapped contact field differs between the systems.</summary>
public enum SyncRule
{
    /// <summary>Both directions; the most recent change wins.</summary>
    TwoWay,

    /// <summary>aXcelerate's value wins unless it is blank.</summary>
    PreferAxcelerateUnlessBlank,

    /// <summary>HubSpot's value wins unless it is blank.</summary>
    PreferHubSpotUnlessBlank,

    /// <summary>Only aXcelerate writes this field; HubSpot changes are ignored.</summary>
    AxcelerateOnly,

    /// <summary>Only HubSpot writes this field; aXcelerate changes are not pushed.</summary>
    HubSpotOnly,
}
