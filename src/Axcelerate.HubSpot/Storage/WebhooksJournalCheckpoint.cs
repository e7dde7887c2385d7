namespace Axcelerate.HubSpot.Storage;

/// <summary>Where a webhooks journal was read up to.</summary>
/// <param name="JournalKey">The journal, e.g. <c>global</c> or <c>local:24680135</c>.</param>
/// <param name="Offset">HubSpot's offset (<c>currentOffset</c>) of the last entry whose events are in the incoming log.</param>
/// <param name="PublishedAt">When that entry was published, when known (UTC); the start of what may be missed if the offset expires.</param>
public sealed record WebhooksJournalCheckpoint(string JournalKey, string Offset, DateTimeOffset? PublishedAt)
{
    /// <summary>When the checkpoint was saved (UTC), stamped by the store.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
