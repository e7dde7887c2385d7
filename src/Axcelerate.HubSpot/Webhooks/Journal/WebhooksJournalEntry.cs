namespace Axcelerate.HubSpot.Webhooks;

/// <summary>One journal entry as HubSpot points at it (<c>JournalFetchResponse</c>): its offset and the file holding its events.</summary>
/// <param name="Offset">HubSpot's <c>currentOffset</c>: where this entry sits; pass it to <c>GetNextAsync</c> for the entry after it.</param>
/// <param name="Url">HubSpot's <c>url</c>: a pre-signed link to the entry's file (no bearer token is sent to it).</param>
/// <param name="ExpiresAt">HubSpot's <c>expiresAt</c>: when the link stops working (UTC).</param>
public sealed record WebhooksJournalEntry(string Offset, Uri Url, DateTimeOffset? ExpiresAt);
