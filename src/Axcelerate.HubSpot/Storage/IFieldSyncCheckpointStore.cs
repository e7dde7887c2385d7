namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// Keeps where each unfinished Sync Fields run stands (the position of its next page), so it resumes after a cancel, a
/// failure or a restart. One cursor per sync key; the last save wins.
/// </summary>
public interface IFieldSyncCheckpointStore
{
    /// <summary>Reads the cursor of an unfinished sync.</summary>
    /// <param name="syncKey">What the sync is (entity, direction and fields), as the orchestrator names it; up to 1000 characters.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The cursor of the next page, or null when no sync of that key is unfinished.</returns>
    ValueTask<string?> GetFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default);

    /// <summary>Saves the cursor of the next page of a sync, replacing any earlier one.</summary>
    /// <param name="syncKey">What the sync is; up to 1000 characters.</param>
    /// <param name="cursor">The position of the next page.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when saved.</returns>
    ValueTask SaveFieldSyncCursorAsync(string syncKey, string cursor, CancellationToken cancellationToken = default);

    /// <summary>Forgets the cursor of a sync (it finished, or starts over).</summary>
    /// <param name="syncKey">What the sync is.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a cursor was removed.</returns>
    ValueTask<bool> DeleteFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default);
}
