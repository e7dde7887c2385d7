using Axcelerate.HubSpot.AxcelerateApi;

namespace Axcelerate.HubSpot.Deals;

/// <summary>The first deal pipeline's stages beside aXcelerate's opportunity statuses and the saved map.</summary>
/// <param name="PipelineId">The mapped pipeline: HubSpot's first active deal pipeline by <c>displayOrder</c>.</param>
/// <param name="PipelineLabel">Its label.</param>
/// <param name="Stages">Its active stages in display order, each with its mapped status.</param>
/// <param name="OpportunityStatuses">aXcelerate's opportunity statuses to choose from.</param>
/// <param name="SavedPipelineId">
/// The pipeline the saved map was made for, or null when none was saved. When it differs from
/// <paramref name="PipelineId"/>, an administrator reordered the pipelines in HubSpot and must map the new first one.
/// </param>
public sealed record DealStageMappingOverview(
    string PipelineId,
    string PipelineLabel,
    IReadOnlyList<DealStageRow> Stages,
    IReadOnlyList<AxcelerateLookupItem> OpportunityStatuses,
    string? SavedPipelineId)
{
    /// <summary>True when the saved map belongs to another pipeline than the current first one.</summary>
    public bool SavedMapIsForAnotherPipeline => SavedPipelineId is not null && SavedPipelineId != PipelineId;

    /// <summary>The stages with no status yet.</summary>
    public IEnumerable<DealStageRow> UnmappedStages => Stages.Where(s => !s.IsMapped);
}
