namespace Axcelerate.HubSpot.Push;

/// <summary>What a push did with one aXcelerate contact.</summary>
public enum ContactPushOutcome
{
    /// <summary>A new HubSpot contact was created and linked.</summary>
    Created,

    /// <summary>A HubSpot contact with the same email already existed; it was linked and given the differing values.</summary>
    Linked,

    /// <summary>The linked HubSpot contact was given the values that differed.</summary>
    Updated,

    /// <summary>Nothing to write: HubSpot already holds the values, or they are what was last synced either way.</summary>
    Unchanged,

    /// <summary>Not pushed on purpose (a switched-off flow, no email to create by); the reason says why.</summary>
    Skipped,

    /// <summary>Not pushed because something went wrong; the reason says what. The other contacts went on.</summary>
    Failed,
}
