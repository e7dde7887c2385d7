namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// HubSpot's webhooks journal (2026-03) and webhooks v4 subscriptions, read with the app's client-credentials token
/// (obtained and cached for you). The journal read is the global or the local one as
/// <see cref="WebhooksJournalOptions.Journal"/> says. These calls are exempt from HubSpot's daily and ten-secondly limits.
/// </summary>
public interface IWebhooksJournalClient
{
    /// <summary>The earliest entry still kept (HubSpot keeps 3 days).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entry, or null when the journal is empty.</returns>
    Task<WebhooksJournalEntry?> GetEarliestAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest entry.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entry, or null when the journal is empty.</returns>
    Task<WebhooksJournalEntry?> GetLatestAsync(CancellationToken cancellationToken = default);

    /// <summary>The entry after an offset.</summary>
    /// <param name="offset">The offset of the entry read last.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The next entry, or null when nothing was published after it yet.</returns>
    /// <exception cref="WebhooksJournalOffsetExpiredException">HubSpot no longer knows the offset (older than the 3-day retention).</exception>
    Task<WebhooksJournalEntry?> GetNextAsync(string offset, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="count"/> entries from the earliest on (<c>batch/earliest/{count}</c>).</summary>
    /// <param name="count">How many entries (at least 1).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entries, oldest first.</returns>
    Task<IReadOnlyList<WebhooksJournalEntry>> GetEarliestBatchAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>The latest <paramref name="count"/> entries (<c>batch/latest/{count}</c>).</summary>
    /// <param name="count">How many entries (at least 1).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<WebhooksJournalEntry>> GetLatestBatchAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>Re-reads entries by offset (<c>batch/read</c>), e.g. for fresh file links; offsets HubSpot no longer knows are left out.</summary>
    /// <param name="offsets">The offsets.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entries HubSpot still has.</returns>
    Task<IReadOnlyList<WebhooksJournalEntry>> GetBatchAsync(IEnumerable<string> offsets, CancellationToken cancellationToken = default);

    /// <summary>Downloads an entry's file (its <c>url</c>, sent without the bearer token) and reads its events.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The file's offset, publication time and events.</returns>
    Task<WebhooksJournalFile> ReadFileAsync(WebhooksJournalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The app's webhooks v4 subscriptions.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The subscriptions.</returns>
    Task<IReadOnlyList<WebhooksJournalSubscription>> GetSubscriptionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a webhooks v4 subscription (HubSpot updates the existing one for the same type and object type).</summary>
    /// <param name="request">The subscription.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The subscription as HubSpot stored it.</returns>
    Task<WebhooksJournalSubscription> CreateSubscriptionAsync(WebhooksJournalSubscriptionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a webhooks v4 subscription.</summary>
    /// <param name="subscriptionId">Its id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when HubSpot deleted it.</returns>
    Task DeleteSubscriptionAsync(long subscriptionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes sure the subscriptions the integration needs exist for a portal: contacts, companies and deals
    /// <c>CREATE</c>, <c>UPDATE</c>, <c>DELETE</c> and <c>MERGE</c>, and their association changes
    /// (<c>ASSOCIATION_ADDED</c>, <c>ASSOCIATION_REMOVED</c>). Missing ones are created, ones lacking an action are
    /// updated, others are left alone; safe to call at every start.
    /// </summary>
    /// <param name="portalId">The installed portal.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The integration's subscriptions after the call.</returns>
    Task<IReadOnlyList<WebhooksJournalSubscription>> EnsureSubscriptionsAsync(long portalId, CancellationToken cancellationToken = default);
}
