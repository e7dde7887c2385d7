namespace Axcelerate.HubSpot.Storage;

/// <summary>The outgoing log: every request the integration sent to HubSpot or aXcelerate and how it ended, for debugging field configuration.</summary>
public interface IOutgoingLogStore
{
    /// <summary>Logs one request, stamped with the store's clock; anything that looks like a secret is redacted first.</summary>
    /// <param name="entry">The request and its outcome.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The logged entry.</returns>
    ValueTask<OutgoingLogEntry> AppendOutgoingAsync(NewOutgoingEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Reads one entry.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry, or null when it does not exist.</returns>
    ValueTask<OutgoingLogEntry?> GetOutgoingAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Reads entries matching a query, newest first, a page at a time (keyset paging on the id).</summary>
    /// <param name="query">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One page of entries.</returns>
    ValueTask<StorePage<OutgoingLogEntry>> QueryOutgoingAsync(OutgoingLogQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes one entry.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when an entry was deleted.</returns>
    ValueTask<bool> DeleteOutgoingAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes entries logged before a time (retention).</summary>
    /// <param name="before">The cut-off (UTC).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many entries were deleted.</returns>
    ValueTask<int> DeleteOutgoingOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>Deletes all but the newest entries (retention by count).</summary>
    /// <param name="keep">How many of the newest entries to keep; 0 or more.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>How many entries were deleted.</returns>
    ValueTask<int> DeleteOutgoingBeyondAsync(int keep, CancellationToken cancellationToken = default);
}
