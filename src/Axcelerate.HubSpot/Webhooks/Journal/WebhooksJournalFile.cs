using System.Text.Json;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>The contents of a journal entry's file: its offset, when it was published, and its events as HubSpot wrote them.</summary>
/// <param name="Offset">The entry's offset.</param>
/// <param name="PublishedAt">When HubSpot published the entry (UTC), when the file says.</param>
/// <param name="Events">The entry's <c>journalEvents</c>, raw: object events (<c>type</c> <c>OBJECT</c>: <c>action</c>, <c>objectTypeId</c>, <c>objectId</c>, <c>propertyChanges</c>, …) and association events (<c>type</c> <c>ASSOCIATION</c>).</param>
public sealed record WebhooksJournalFile(string Offset, DateTimeOffset? PublishedAt, IReadOnlyList<JsonElement> Events);
