namespace Axcelerate.HubSpot.Engagements;

/// <summary>The kind of HubSpot record an engagement was found on.</summary>
public enum EngagementSourceKind
{
    /// <summary>The viewed contact itself.</summary>
    Contact,

    /// <summary>A company: the viewed organisation's company, or a company the viewed contact is associated with.</summary>
    Company,

    /// <summary>A deal the viewed contact is associated with.</summary>
    Deal,
}
