namespace Axcelerate.HubSpot.Webhooks;

/// <summary>What the processor does when a linked HubSpot contact is deleted. The aXcelerate contact itself is never deleted.</summary>
public enum ContactDeletionAction
{
    /// <summary>Keep the link (and the aXcelerate contact) as they are; the entry says so.</summary>
    Leave,

    /// <summary>Remove the link, so the aXcelerate contact can be linked again (e.g. to a re-created HubSpot contact).</summary>
    Unlink,
}
