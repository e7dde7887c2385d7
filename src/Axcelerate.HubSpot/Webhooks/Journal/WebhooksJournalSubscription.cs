namespace Axcelerate.HubSpot.Webhooks;

/// <summary>A webhooks v4 subscription: which changes HubSpot writes to the app's journal (no target URL).</summary>
/// <param name="Id">HubSpot's subscription id.</param>
/// <param name="SubscriptionType"><c>OBJECT</c>, <c>ASSOCIATION</c>, … as HubSpot names it.</param>
/// <param name="ObjectTypeId">The object type, such as <c>0-1</c> (contacts), <c>0-2</c> (companies), <c>0-3</c> (deals).</param>
/// <param name="Actions">The actions journaled, such as <c>CREATE</c>, <c>UPDATE</c>, <c>DELETE</c>, <c>MERGE</c>, <c>ASSOCIATION_ADDED</c>.</param>
/// <param name="PortalId">The installed portal it belongs to.</param>
public sealed record WebhooksJournalSubscription(long Id, string SubscriptionType, string ObjectTypeId, IReadOnlyList<string> Actions, long? PortalId)
{
    /// <summary>For <c>UPDATE</c>: the properties watched (empty: as HubSpot defaults).</summary>
    public IReadOnlyList<string> Properties { get; init; } = [];

    /// <summary>For <c>ASSOCIATION</c>: the object types on the other side.</summary>
    public IReadOnlyList<string> AssociatedObjectTypeIds { get; init; } = [];
}
