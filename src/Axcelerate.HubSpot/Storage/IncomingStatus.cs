namespace Axcelerate.HubSpot.Storage;

/// <summary>Where a received webhook event stands.</summary>
public enum IncomingStatus
{
    /// <summary>Received and durable; waiting to be processed (also after a reset).</summary>
    Pending,

    /// <summary>Claimed by a processor that has not finished yet.</summary>
    Processing,

    /// <summary>Applied to aXcelerate.</summary>
    Succeeded,

    /// <summary>Processing failed; the error says why. An administrator may reset it to run it again.</summary>
    Failed,

    /// <summary>Deliberately not applied: the flow is off, the event is an echo of our own write, or it is stale.</summary>
    Skipped,

    /// <summary>
    /// Deleted by an administrator: kept for the record and never processed again (retention removes the row later). A
    /// deleted creation leaves the HubSpot record as it is, to be imported by hand.
    /// </summary>
    Deleted,
}
