namespace Axcelerate.HubSpot;

/// <summary>
/// One automatic flow of data between the systems, each switched on or off by an administrator. "Push" flows run
/// from aXcelerate to HubSpot; the others are HubSpot webhooks applied to aXcelerate.
/// </summary>
public enum SyncFlow
{
    /// <summary>Push a contact to HubSpot when it is created in aXcelerate.</summary>
    PushContactOnCreate,

    /// <summary>Push a contact to HubSpot when it is updated in aXcelerate.</summary>
    PushContactOnUpdate,

    /// <summary>Accept HubSpot's contact creation webhook.</summary>
    ContactCreationWebhook,

    /// <summary>Accept HubSpot's contact update (property change) webhook.</summary>
    ContactUpdateWebhook,

    /// <summary>Accept HubSpot's contact deletion webhook.</summary>
    ContactDeletionWebhook,

    /// <summary>Accept HubSpot's contact merge webhook.</summary>
    ContactMergeWebhook,

    /// <summary>Accept HubSpot's company update (property change) webhook.</summary>
    CompanyUpdateWebhook,

    /// <summary>Accept HubSpot's deal creation webhook.</summary>
    DealCreationWebhook,

    /// <summary>Accept HubSpot's deal update (property change) webhook.</summary>
    DealUpdateWebhook,
}
