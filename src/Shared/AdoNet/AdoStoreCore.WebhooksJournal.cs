using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>HubSpot Webhooks Journal offsets.</summary>
internal abstract partial class AdoStoreCore
{
    public async ValueTask<WebhooksJournalCheckpoint?> GetJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journalKey);
        return await QueryFirstAsync(
            "SELECT journal_offset, published_at, updated_at FROM axhs.webhooks_journal_checkpoints WHERE journal_key = @key;",
            reader => new WebhooksJournalCheckpoint(journalKey, reader.GetString(0), reader.NullableTime(1)) { UpdatedAt = reader.Time(2) },
            cancellationToken,
            ("@key", journalKey)).ConfigureAwait(false);
    }

    public async ValueTask<WebhooksJournalCheckpoint> SaveJournalCheckpointAsync(WebhooksJournalCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint.JournalKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint.Offset);
        var now = Now;
        await ExecuteAsync(
            """
            INSERT INTO axhs.webhooks_journal_checkpoints (journal_key, journal_offset, published_at, updated_at) VALUES (@key, @offset, @published, @now)
            ON CONFLICT (journal_key) DO UPDATE SET journal_offset = excluded.journal_offset, published_at = excluded.published_at, updated_at = excluded.updated_at;
            """,
            cancellationToken,
            ("@key", checkpoint.JournalKey),
            ("@offset", checkpoint.Offset),
            ("@published", AdoValues.Ticks(checkpoint.PublishedAt)),
            ("@now", AdoValues.Ticks(now))).ConfigureAwait(false);
        return checkpoint with { PublishedAt = checkpoint.PublishedAt?.ToUniversalTime(), UpdatedAt = now };
    }

    public async ValueTask<bool> DeleteJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journalKey);
        return await ExecuteAsync("DELETE FROM axhs.webhooks_journal_checkpoints WHERE journal_key = @key;", cancellationToken, ("@key", journalKey)).ConfigureAwait(false) > 0;
    }
}
