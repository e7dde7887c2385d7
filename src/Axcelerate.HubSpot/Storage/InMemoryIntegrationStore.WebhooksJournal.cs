namespace Axcelerate.HubSpot.Storage;

public sealed partial class InMemoryIntegrationStore
{
    private readonly Dictionary<string, WebhooksJournalCheckpoint> _journalCheckpoints = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<WebhooksJournalCheckpoint?> GetJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journalKey);
        lock (_gate)
        {
            return ValueTask.FromResult(_journalCheckpoints.GetValueOrDefault(journalKey));
        }
    }

    /// <inheritdoc />
    public ValueTask<WebhooksJournalCheckpoint> SaveJournalCheckpointAsync(WebhooksJournalCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint.JournalKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint.Offset);
        lock (_gate)
        {
            var stored = checkpoint with { PublishedAt = checkpoint.PublishedAt?.ToUniversalTime(), UpdatedAt = Now };
            _journalCheckpoints[checkpoint.JournalKey] = stored;
            return ValueTask.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journalKey);
        lock (_gate)
        {
            return ValueTask.FromResult(_journalCheckpoints.Remove(journalKey));
        }
    }
}
