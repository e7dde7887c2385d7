using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Import;

/// <summary>
/// Imports HubSpot records into aXcelerate: contacts matched by email, companies to organisations by normalised
/// name, deals of the first pipeline to marketing opportunities by exact task name. A linked record is updated through the active mappings and their sync rules; one match is linked and updated;
/// no match is created and linked; several matches are reported and left alone. Progress is checkpointed per page in
/// the store, so an interrupted import resumes where it stopped without duplicates on either side.
/// </summary>
public interface IImportOrchestrator
{
    /// <summary>Imports one page ("Start", then "Next" with the returned <see cref="ImportReport.ContinuationToken"/>).</summary>
    /// <param name="request">The entity, the start, the selection and whether to write.</param>
    /// <param name="progress">Told after every record; may be null.</param>
    /// <param name="cancellationToken">Stops after the current request; the checkpoint keeps the page to redo.</param>
    /// <returns>The page's outcomes and the next page's token; stopped by HubSpot's daily limit, the report says when it can go on (<see cref="ImportReport.ResumeAfter"/>).</returns>
    /// <exception cref="IntegrationApiException">A call failed for a reason that is not the record's (e.g. HubSpot or aXcelerate unavailable after retries); nothing past the last finished page is checkpointed, so calling again resumes.</exception>
    /// <exception cref="StoreConflictException">Another runner advanced the same entity's checkpoint meanwhile (two imports of one entity at once).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not between 1 and 100.</exception>
    /// <exception cref="ImportBudgetExceededException">A new run's estimated HubSpot calls exceed today's remaining daily budget; nothing was written.</exception>
    /// <exception cref="ImportAlreadyRunningException">An import of the same entity that writes runs already, on this or another instance sharing the store; nothing was written.</exception>
    /// <exception cref="Coordination.LeaseLostException">The run's lease could not be renewed (store unreachable, or the instance stalled past it); what was checkpointed stays, calling again resumes.</exception>
    Task<ImportReport> ImportPageAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Imports page after page to the end ("Auto-Import").</summary>
    /// <param name="request">The entity, the start, the selection and whether to write.</param>
    /// <param name="progress">Told after every record; may be null.</param>
    /// <param name="cancellationToken">Stops after the current request; the checkpoint keeps the page to redo.</param>
    /// <returns>
    /// The outcomes of every page imported by this call. When HubSpot's daily limit ran out mid-run the import stops at
    /// the first refused request (no retries) and the report says so (<see cref="ImportReport.StopReason"/>) and when it
    /// can go on (<see cref="ImportReport.ResumeAfter"/>, midnight in the portal's time zone); calling again after that
    /// resumes from the checkpoint.
    /// </returns>
    /// <exception cref="IntegrationApiException">As for <see cref="ImportPageAsync"/>; calling again resumes.</exception>
    /// <exception cref="ImportBudgetExceededException">The remaining run's estimated HubSpot calls exceed today's remaining daily budget (private apps; OAuth apps have no daily limit); nothing was written.</exception>
    /// <exception cref="ImportAlreadyRunningException">As for <see cref="ImportPageAsync"/>.</exception>
    /// <exception cref="Coordination.LeaseLostException">As for <see cref="ImportPageAsync"/>.</exception>
    Task<ImportReport> ImportAllAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Restores the record links of an entity from HubSpot after the store was lost: pages through the HubSpot records
    /// (100 per request) and links each one that carries an aXcelerate id in <see cref="ImportOptions.AxcelerateIdProperty"/>
    /// (written by the import, see <see cref="ImportOptions.WriteAxcelerateIdToHubSpot"/>) to that aXcelerate record,
    /// once aXcelerate confirms it exists. Links already stored are kept; conflicting ones are reported, not changed.
    /// </summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="cancellationToken">Stops the rebuild; the links restored so far stay, and running it again finishes it.</param>
    /// <returns>The links restored, already present, in conflict, and whose aXcelerate record is missing.</returns>
    /// <exception cref="IntegrationApiException">HubSpot or aXcelerate failed after retries; running it again resumes harmlessly.</exception>
    Task<LinkRebuildReport> RebuildLinksAsync(MappedEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Reads where the import of an entity stands.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoint, or null when none was started.</returns>
    Task<ImportCheckpoint?> GetCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Forgets the checkpoint of an entity, so the next import starts from the first page.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when forgotten.</returns>
    Task ResetAsync(MappedEntity entity, CancellationToken cancellationToken = default);
}
