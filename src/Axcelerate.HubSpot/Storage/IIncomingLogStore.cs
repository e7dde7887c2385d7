namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// The incoming log: every HubSpot webhook event, durable before it is acknowledged, deduplicated on event id +
/// subscription type + object id, with its processing status. Status changes are single conditional updates, so
/// several processors (even on several hosts) never both claim one entry.
/// </summary>
public interface IIncomingLogStore
{
    /// <summary>Logs received events as <see cref="IncomingStatus.Pending"/> in one transaction, skipping ones already logged.</summary>
    /// <param name="events">The events of one delivery.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>One result per event, in the same order.</returns>
    ValueTask<IReadOnlyList<IncomingAppendResult>> AppendIncomingAsync(IReadOnlyList<NewIncomingEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Reads one entry.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry, or null when it does not exist.</returns>
    ValueTask<IncomingLogEntry?> GetIncomingAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Reads entries matching a query, a page at a time (keyset paging on the id).</summary>
    /// <param name="query">Filters, order and paging.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One page of entries.</returns>
    ValueTask<StorePage<IncomingLogEntry>> QueryIncomingAsync(IncomingLogQuery query, CancellationToken cancellationToken = default);

    /// <summary>Claims a pending entry for processing: Pending → Processing and one more attempt, atomically.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The claimed entry, or null when it is not pending (someone else claimed it, or it does not exist).</returns>
    ValueTask<IncomingLogEntry?> TryClaimIncomingAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Records how processing ended.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="status">The outcome: usually <see cref="IncomingStatus.Succeeded"/>, <see cref="IncomingStatus.Failed"/> or <see cref="IncomingStatus.Skipped"/>.</param>
    /// <param name="error">Why it failed or was skipped; null on success. Secrets are redacted before storing.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the entry exists.</returns>
    ValueTask<bool> MarkIncomingAsync(long id, IncomingStatus status, string? error = null, CancellationToken cancellationToken = default);

    /// <summary>Puts an entry back to <see cref="IncomingStatus.Pending"/> and clears its error, so it runs again (an administrator's "reset").</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the entry exists.</returns>
    ValueTask<bool> ResetIncomingAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes one entry.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when an entry was deleted.</returns>
    ValueTask<bool> DeleteIncomingAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes entries received before a time (retention).</summary>
    /// <param name="receivedBefore">The cut-off (UTC).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many entries were deleted.</returns>
    ValueTask<int> DeleteIncomingOlderThanAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default);
}
