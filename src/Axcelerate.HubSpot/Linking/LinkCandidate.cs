namespace Axcelerate.HubSpot.Linking;

/// <summary>A HubSpot record an aXcelerate record could be linked to.</summary>
public sealed class LinkCandidate
{
    /// <summary>The HubSpot id.</summary>
    public required string HubSpotId { get; init; }

    /// <summary>Its address in HubSpot's UI.</summary>
    public required Uri Address { get; init; }

    /// <summary>A display name: the contact's name and email, the company's name and domain, or the deal's name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Its values of the entity's active mapped properties (and the property searched by), by property name.</summary>
    public IReadOnlyDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

    /// <summary>The aXcelerate record it is already linked to, or null when it is free to link.</summary>
    public long? LinkedAxcelerateId { get; init; }

    /// <summary>True when it is already linked to an aXcelerate record (linking another one to it is refused).</summary>
    public bool IsLinked => LinkedAxcelerateId is not null;
}
