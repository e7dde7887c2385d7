using Axcelerate.HubSpot.Paging;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Logs;

/// <summary>
/// The outgoing log as an administrator reads it: every request the integration sent to HubSpot or aXcelerate, with
/// its redacted bodies, searchable by time, service, method, path, status, operation, record and text. Entries are
/// kept by age and count (<see cref="OutgoingLogOptions.MaxAge"/>, <see cref="OutgoingLogOptions.MaxEntries"/>) and
/// pruned in the background.
/// </summary>
public interface IOutgoingLog
{
    /// <summary>Searches the log, newest first.</summary>
    /// <param name="search">What to look for; null for everything.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The matching entries, a page at a time (page size 1 to 1000, 50 by default).</returns>
    AsyncPageable<OutgoingLogEntry> SearchAsync(OutgoingLogSearch? search = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one entry with its request and response bodies (secrets removed).</summary>
    /// <param name="id">The entry id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry, or null when there is none (never logged, or pruned).</returns>
    Task<OutgoingLogEntry?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Applies the retention now: deletes entries older than the maximum age, then all but the newest maximum count.</summary>
    /// <param name="cancellationToken">Cancels the deletes.</param>
    /// <returns>How many entries were deleted.</returns>
    Task<int> PruneAsync(CancellationToken cancellationToken = default);
}
