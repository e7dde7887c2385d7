using Axcelerate.HubSpot.Paging;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Logs;

/// <summary>
/// The incoming log as an administrator uses it: every HubSpot webhook event with its status, attempts, last error and
/// result; search it, delete an entry (kept as <see cref="IncomingStatus.Deleted"/>), reset a failed one so it runs
/// again, or re-run one now. Deleting a failed creation leaves the HubSpot record untouched, to be imported by hand.
/// </summary>
public interface IIncomingLog
{
    /// <summary>Searches the log, newest first unless <see cref="IncomingLogQuery.OldestFirst"/>.</summary>
    /// <param name="query">Filters (status, object type, object id, subscription type, dates, text); null for everything. Its page size is the default page size; its continuation token is ignored (use <c>AsPages</c>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The matching entries, a page at a time.</returns>
    AsyncPageable<IncomingLogEntry> SearchAsync(IncomingLogQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one entry.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry, or null when there is none with that id.</returns>
    Task<IncomingLogEntry?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes an entry: it is kept as <see cref="IncomingStatus.Deleted"/> for the record and never processed again.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The deleted entry.</returns>
    /// <exception cref="KeyNotFoundException">There is no entry with that id.</exception>
    /// <exception cref="InvalidOperationException">The entry is deleted already, or a processor is working on it.</exception>
    Task<IncomingLogEntry> DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Resets a <see cref="IncomingStatus.Failed"/> (or <see cref="IncomingStatus.Skipped"/>) entry to Pending, so the processor runs it again.</summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The reset entry.</returns>
    /// <exception cref="KeyNotFoundException">There is no entry with that id.</exception>
    /// <exception cref="InvalidOperationException">The entry is not failed or skipped.</exception>
    Task<IncomingLogEntry> ResetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs an entry now and returns how it ended: a failed or skipped entry is reset first, a pending one (even one
    /// waiting for its retry time) is claimed at once. The record is re-read from HubSpot, never replayed from the payload.
    /// </summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The entry after the run.</returns>
    /// <exception cref="KeyNotFoundException">There is no entry with that id.</exception>
    /// <exception cref="InvalidOperationException">The entry succeeded or was deleted, or a processor is working on it.</exception>
    Task<IncomingLogEntry> RerunAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Applies the retention options now (<see cref="IncomingLogOptions"/>): removes finished entries older than the age limit and beyond the count limit.</summary>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>How many entries were removed.</returns>
    Task<int> PruneAsync(CancellationToken cancellationToken = default);
}
