namespace Axcelerate.HubSpot.Webhooks;

/// <summary>A webhooks v4 subscription to create (HubSpot updates an existing one for the same type and object type).</summary>
/// <param name="SubscriptionType"><c>OBJECT</c> or <c>ASSOCIATION</c>.</param>
/// <param name="ObjectTypeId">The object type, such as <c>0-1</c>.</param>
/// <param name="Actions">The actions to journal.</param>
/// <param name="PortalId">The installed portal the subscription is for.</param>
public sealed record WebhooksJournalSubscriptionRequest(string SubscriptionType, string ObjectTypeId, IReadOnlyList<string> Actions, long PortalId)
{
    /// <summary>For <c>UPDATE</c>: the properties to watch; empty for HubSpot's default.</summary>
    public IReadOnlyList<string> Properties { get; init; } = [];

    /// <summary>For <c>ASSOCIATION</c>: the object types on the other side.</summary>
    public IReadOnlyList<string> AssociatedObjectTypeIds { get; init; } = [];
}
