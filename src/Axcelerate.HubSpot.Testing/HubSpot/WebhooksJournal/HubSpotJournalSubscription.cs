namespace Axcelerate.HubSpot.Testing.HubSpot.WebhooksJournal;

/// <summary>
/// One webhooks v4 subscription (<c>/webhooks-journal/subscriptions/2026-03</c>): which changes of which object type
/// the app wants written to its journal. There is no target URL; the app reads the journal.
/// </summary>
/// <param name="Id">The subscription id.</param>
/// <param name="SubscriptionType"><c>OBJECT</c> or <c>ASSOCIATION</c>.</param>
/// <param name="ObjectTypeId">The object type, such as <c>0-1</c> for contacts.</param>
/// <param name="Actions">For <c>OBJECT</c>: <c>CREATE</c>, <c>UPDATE</c>, <c>DELETE</c>, <c>MERGE</c>, <c>RESTORE</c>; for <c>ASSOCIATION</c>: <c>ASSOCIATION_ADDED</c>, <c>ASSOCIATION_REMOVED</c>.</param>
/// <param name="PortalId">The installed portal the subscription belongs to.</param>
/// <param name="Properties">For <c>UPDATE</c>: the properties whose changes are journaled; empty journals every property (a sandbox choice, the docs are silent).</param>
/// <param name="AssociatedObjectTypeIds">For <c>ASSOCIATION</c>: the other side's object types; empty means any.</param>
/// <param name="CreatedAt">When it was created (sandbox clock).</param>
/// <param name="UpdatedAt">When it was last changed.</param>
public sealed record HubSpotJournalSubscription(
    long Id,
    string SubscriptionType,
    string ObjectTypeId,
    IReadOnlyList<string> Actions,
    long PortalId,
    IReadOnlyList<string> Properties,
    IReadOnlyList<string> AssociatedObjectTypeIds,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
