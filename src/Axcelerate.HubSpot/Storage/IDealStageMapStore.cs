namespace Axcelerate.HubSpot.Storage;

/// <summary>Keeps the deal-stage ↔ opportunity-status map (one pipeline only: the integration maps the first deal pipeline).</summary>
public interface IDealStageMapStore
{
    /// <summary>Reads the saved map.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The map, or null when none was saved.</returns>
    ValueTask<DealStageMap?> GetDealStageMapAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the saved map in one transaction; its <see cref="DealStageMap.UpdatedAt"/> is set by the store's clock.</summary>
    /// <param name="pipelineId">The HubSpot pipeline id.</param>
    /// <param name="pipelineLabel">The pipeline's label.</param>
    /// <param name="entries">The mapped stages; a stage id may appear once.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored map.</returns>
    ValueTask<DealStageMap> SaveDealStageMapAsync(string pipelineId, string pipelineLabel, IReadOnlyList<DealStageMapEntry> entries, CancellationToken cancellationToken = default);
}
