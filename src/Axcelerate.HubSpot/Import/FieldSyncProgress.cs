namespace Axcelerate.HubSpot.Import;

/// <summary>Where a running Sync Fields call stands, reported after every record.</summary>
/// <param name="Direction">Push or pull.</param>
/// <param name="Done">Records handled so far in this call.</param>
/// <param name="Total">Records to handle in this call when known (one page: its size; auto-continue: null until the last page is read).</param>
/// <param name="Updated">Records written.</param>
/// <param name="Unchanged">Records with nothing to write.</param>
/// <param name="Failed">Records that failed.</param>
public sealed record FieldSyncProgress(FieldSyncDirection Direction, int Done, int? Total, int Updated, int Unchanged, int Failed);
