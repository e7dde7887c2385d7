using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Deals;

/// <summary>
/// The deal-stage map: the stages of HubSpot's first deal pipeline (by <c>displayOrder</c>; only one pipeline can be
/// mapped) beside aXcelerate's opportunity statuses, the saved map, and resolution both ways. An unmapped stage or
/// status is a result with a <c>Problem</c>, never an exception.
/// </summary>
public interface IDealStageMappingService
{
    /// <summary>Reads the first pipeline, the opportunity statuses and the saved map; writes nothing.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The overview.</returns>
    /// <exception cref="InvalidOperationException">HubSpot has no active deal pipeline.</exception>
    Task<DealStageMappingOverview> GetOverviewAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the map (an administrator saving the form), replacing the previous one. Stages not listed are unmapped. Every stage must
    /// belong to the first pipeline and every status must exist in aXcelerate; several stages may share a status.
    /// </summary>
    /// <param name="statusIdByStageId">The opportunity status id chosen for each stage id.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The saved map, in stage display order.</returns>
    /// <exception cref="ArgumentException">A stage is not in the first pipeline or a status does not exist; the message names them and what would fit.</exception>
    Task<DealStageMap> SaveAsync(IReadOnlyDictionary<string, int> statusIdByStageId, CancellationToken cancellationToken = default);

    /// <summary>The opportunity status for a deal stage, from the saved map (no HTTP call).</summary>
    /// <param name="dealStageId">The deal's <c>dealstage</c> value.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The status, or the reason there is none.</returns>
    Task<OpportunityStatusResolution> ResolveStatusAsync(string dealStageId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The deal stage for an opportunity status name (as tasks report it, e.g. <c>Won</c>; case-insensitive, trimmed),
    /// from the saved map. When several stages share the status, the first in pipeline order wins.
    /// </summary>
    /// <param name="opportunityStatusName">The status name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stage, or the reason there is none.</returns>
    Task<DealStageResolution> ResolveStageAsync(string opportunityStatusName, CancellationToken cancellationToken = default);

    /// <summary>The deal stage for an opportunity status id (as tasks are written), from the saved map.</summary>
    /// <param name="opportunityStatusId">The status id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stage, or the reason there is none.</returns>
    Task<DealStageResolution> ResolveStageAsync(int opportunityStatusId, CancellationToken cancellationToken = default);
}
