namespace Axcelerate.HubSpot.Engagements;

/// <summary>The kind of a HubSpot engagement (activity).</summary>
public enum EngagementType
{
    /// <summary>A note (<c>notes</c>).</summary>
    Note,

    /// <summary>A logged or recorded call (<c>calls</c>).</summary>
    Call,

    /// <summary>A logged or tracked email (<c>emails</c>).</summary>
    Email,

    /// <summary>A meeting (<c>meetings</c>).</summary>
    Meeting,

    /// <summary>A task (<c>tasks</c>); its time is the due date.</summary>
    Task,
}
