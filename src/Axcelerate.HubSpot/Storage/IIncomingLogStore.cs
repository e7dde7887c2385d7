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

    /// <summary>
    /// Claims the next due entries for processing, oldest first, each atomically: Pending entries whose
    /// <see cref="IncomingLogEntry.NextAttemptAt"/> has passed, and Processing entries whose lease expired (their
    /// processor died). Each becomes Processing with one more attempt and a lease until now + <paramref name="lease"/>.
    /// An entry about an object (the subscription type's object type and the object id) that another live claim is
    /// processing is not claimed until that claim ends, so several processors apply one object's events one at a time,
    /// in order, and an earlier change read before a later one can never be written after it.
    /// </summary>
    /// <param name="maxCount">The most entries to claim, 1 to 1000.</param>
    /// <param name="lease">How long the claim holds before another processor may take the entries over.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The claimed entries, oldest first; empty when nothing is due.</returns>
    ValueTask<IReadOnlyList<IncomingLogEntry>> ClaimDueIncomingAsync(int maxCount, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims one entry now (an administrator's "re-run"), whether or not its retry time has come: Pending, or
    /// Processing with an expired lease → Processing with one more attempt and a fresh lease, atomically.
    /// </summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="lease">How long the claim holds.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The claimed entry, or null when it is not claimable (finished, claimed by a live processor, or missing).</returns>
    ValueTask<IncomingLogEntry?> TryClaimIncomingAsync(long id, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records how a claimed attempt ended, only while the claim still holds (the entry is Processing at that attempt),
    /// so a processor whose lease lapsed cannot overwrite the outcome of the one that took over. Clears the lease.
    /// </summary>
    /// <param name="completion">The entry, the attempt and its outcome.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when written; false when the claim was lost or the entry is gone.</returns>
    ValueTask<bool> CompleteIncomingAsync(IncomingCompletion completion, CancellationToken cancellationToken = default);

    /// <summary>Sets an entry's status unconditionally (tools and tests); processors use <see cref="CompleteIncomingAsync"/>.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="status">The new status.</param>
    /// <param name="error">Why it failed or was skipped; null on success. Secrets are redacted before storing.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the entry exists.</returns>
    ValueTask<bool> MarkIncomingAsync(long id, IncomingStatus status, string? error = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a <see cref="IncomingStatus.Failed"/> or <see cref="IncomingStatus.Skipped"/> entry back to
    /// <see cref="IncomingStatus.Pending"/>, due at once, and clears its error and result, so it runs again (an
    /// administrator's "reset"). The attempt count is kept.
    /// </summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the entry was reset; false when it is missing or in another status.</returns>
    ValueTask<bool> ResetIncomingAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks an entry <see cref="IncomingStatus.Deleted"/> (an administrator's "delete"): the row stays for the record
    /// and keeps deduplicating HubSpot's redeliveries, but is never processed again. Retention removes it later.
    /// </summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the entry was marked; false when it is missing, already deleted, or being processed under a live lease.</returns>
    ValueTask<bool> DeleteIncomingAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Removes finished entries (any status but Pending and Processing) received before a time (retention by age).</summary>
    /// <param name="receivedBefore">The cut-off (UTC).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many entries were removed.</returns>
    ValueTask<int> DeleteIncomingOlderThanAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the finished entries (any status but Pending and Processing) that are not among the
    /// <paramref name="keepNewest"/> newest entries (retention by count). Unprocessed entries are never removed.
    /// </summary>
    /// <param name="keepNewest">How many of the newest entries to keep, at least 1.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many entries were removed.</returns>
    ValueTask<int> TrimIncomingAsync(int keepNewest, CancellationToken cancellationToken = default);
}
