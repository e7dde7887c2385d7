namespace Axcelerate.HubSpot.Import;

/// <summary>
/// The Sync Fields tool (contacts): copies chosen mapped fields of linked contacts one way, page by page, typically right
/// after a mapping was added for data that already exists on one side. Pushes go to HubSpot as batch updates (100 per
/// request); pulls update each changed aXcelerate contact. Both sides are read a page at a time (HubSpot batch read,
/// aXcelerate by ids). Unchanged values are not written; deactivated mappings are refused; a record that fails is
/// reported with the reason and the rest go on. The position is checkpointed in the store
/// (<see cref="Storage.IFieldSyncCheckpointStore"/>) after every page, so an interrupted sync of the same direction and
/// fields resumes where it stopped, also after a restart.
/// </summary>
public interface IFieldSyncOrchestrator
{
    /// <summary>Synchronises one page of linked contacts ("Start", then "Next" with the returned <see cref="FieldSyncReport.ContinuationToken"/>).</summary>
    /// <param name="request">The direction, the fields, the start and whether to write.</param>
    /// <param name="progress">Told after every record; may be null.</param>
    /// <param name="cancellationToken">Stops after the current request; the checkpoint keeps the page to redo.</param>
    /// <returns>The page's outcomes and the next page's token.</returns>
    /// <exception cref="ArgumentException">No field was chosen, or a chosen field is unknown, deactivated, or not allowed that way by its sync rule (the message names them).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not between 1 and 100.</exception>
    /// <exception cref="IntegrationApiException">A call failed for a reason that is not the record's (e.g. a service unavailable after retries); calling again resumes.</exception>
    Task<FieldSyncReport> SyncPageAsync(FieldSyncRequest request, IProgress<FieldSyncProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Synchronises page after page to the last linked contact ("auto-continue").</summary>
    /// <param name="request">The direction, the fields, the start and whether to write.</param>
    /// <param name="progress">Told after every record; may be null.</param>
    /// <param name="cancellationToken">Stops after the current request; the checkpoint keeps the page to redo.</param>
    /// <returns>The outcomes of every page synchronised by this call.</returns>
    /// <exception cref="ArgumentException">As for <see cref="SyncPageAsync"/>.</exception>
    /// <exception cref="IntegrationApiException">As for <see cref="SyncPageAsync"/>; calling again resumes.</exception>
    Task<FieldSyncReport> SyncAllAsync(FieldSyncRequest request, IProgress<FieldSyncProgress>? progress = null, CancellationToken cancellationToken = default);
}
