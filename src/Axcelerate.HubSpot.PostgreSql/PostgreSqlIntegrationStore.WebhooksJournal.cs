using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    /// <inheritdoc />
    public async ValueTask<WebhooksJournalCheckpoint?> GetJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journalKey);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(connection, "SELECT journal_offset, published_at, updated_at FROM axhs.webhooks_journal_checkpoints WHERE journal_key = @key;").With("@key", journalKey);
            await using (select.ConfigureAwait(false))
            {
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                        ? new WebhooksJournalCheckpoint(journalKey, reader.GetString(0), reader.NullableTime(1)) { UpdatedAt = reader.Time(2) }
                        : null;
                }
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<WebhooksJournalCheckpoint> SaveJournalCheckpointAsync(WebhooksJournalCheckpoint checkpoint, CancellationToken cancellationToken = default)
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
            ("@published", checkpoint.PublishedAt is { } published ? PostgreSqlCommands.Ticks(published) : null),
            ("@now", PostgreSqlCommands.Ticks(now))).ConfigureAwait(false);
        return checkpoint with { PublishedAt = checkpoint.PublishedAt?.ToUniversalTime(), UpdatedAt = now };
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journalKey);
        return await ExecuteAsync("DELETE FROM axhs.webhooks_journal_checkpoints WHERE journal_key = @key;", cancellationToken, ("@key", journalKey)).ConfigureAwait(false) > 0;
    }
}
