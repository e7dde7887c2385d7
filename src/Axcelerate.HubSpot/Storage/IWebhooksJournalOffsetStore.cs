namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// Keeps where the webhooks journal reader stopped: one checkpoint per journal (the global journal, or the local
/// journal of one installed portal). The reader saves it only after the entry's events are in the incoming log, so a
/// restart continues after the last durable entry.
/// </summary>
public interface IWebhooksJournalOffsetStore
{
    /// <summary>Reads the checkpoint of one journal.</summary>
    /// <param name="journalKey">The journal, e.g. <c>global</c> or <c>local:24680135</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoint, or null when the journal was never read.</returns>
    ValueTask<WebhooksJournalCheckpoint?> GetJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken = default);

    /// <summary>Saves (replaces) the checkpoint of a journal, stamping <see cref="WebhooksJournalCheckpoint.UpdatedAt"/>.</summary>
    /// <param name="checkpoint">The journal, the offset of the last entry whose events are durable, and when that entry was published.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored checkpoint.</returns>
    ValueTask<WebhooksJournalCheckpoint> SaveJournalCheckpointAsync(WebhooksJournalCheckpoint checkpoint, CancellationToken cancellationToken = default);

    /// <summary>Forgets a journal's checkpoint, so the next read starts as a first run.</summary>
    /// <param name="journalKey">The journal.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a checkpoint was removed.</returns>
    ValueTask<bool> DeleteJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken = default);
}
