namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Pulls HubSpot's webhooks journal into the incoming log, where the webhook processor handles the events like
/// pushed ones. It runs in the background on <see cref="WebhooksJournalOptions.PollInterval"/>; a host may also poll
/// on demand. The offset is stored only after an entry's events are durable, so a restart repeats and loses nothing.
/// </summary>
public interface IWebhooksJournalReader
{
    /// <summary>Reads the journal from the stored offset until it is caught up or <see cref="WebhooksJournalOptions.BatchSize"/> entries were read.</summary>
    /// <param name="cancellationToken">Cancels the poll (the entries read so far stay stored).</param>
    /// <returns>What the poll did.</returns>
    Task<WebhooksJournalReadResult> ReadAsync(CancellationToken cancellationToken = default);

    /// <summary>Where the reader stands: the stored offset, the last poll and any gap from an expired offset.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The status.</returns>
    Task<WebhooksJournalStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}
