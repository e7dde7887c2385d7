using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Deals;

/// <summary>Maps deal stages to opportunity statuses; see <see cref="IDealStageMappingService"/>.</summary>
internal sealed class DealStageMappingService(
    IHubSpotClient hubSpot,
    IAxcelerateClient axcelerate,
    IDealStageMapStore store,
    ILogger<DealStageMappingService> logger) : IDealStageMappingService
{
    private const string NoMap = "no deal stage map has been saved; map the stages of HubSpot's first deal pipeline to opportunity statuses first";

    public async Task<DealStageMappingOverview> GetOverviewAsync(CancellationToken cancellationToken = default)
    {
        var pipeline = await FirstPipelineAsync(cancellationToken).ConfigureAwait(false);
        var statuses = await axcelerate.Tasks.GetOpportunityStatusesAsync(cancellationToken).ConfigureAwait(false);
        var saved = await store.GetDealStageMapAsync(cancellationToken).ConfigureAwait(false);
        var mapped = saved is not null && saved.PipelineId == pipeline.Id
            ? saved.Entries.ToDictionary(e => e.StageId, StringComparer.Ordinal)
            : [];
        var rows = pipeline.StagesInDisplayOrder()
            .Select(stage => mapped.TryGetValue(stage.Id, out var entry)
                ? new DealStageRow(stage.Id, stage.Label, stage.DisplayOrder, entry.OpportunityStatusId, entry.OpportunityStatusName)
                : new DealStageRow(stage.Id, stage.Label, stage.DisplayOrder, null, null))
            .ToList();
        return new DealStageMappingOverview(pipeline.Id, pipeline.Label, rows, statuses, saved?.PipelineId);
    }

    public async Task<DealStageMap> SaveAsync(IReadOnlyDictionary<string, int> statusIdByStageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statusIdByStageId);
        var pipeline = await FirstPipelineAsync(cancellationToken).ConfigureAwait(false);
        var stages = pipeline.StagesInDisplayOrder();
        var unknownStages = statusIdByStageId.Keys.Where(id => stages.All(s => s.Id != id)).ToList();
        if (unknownStages.Count > 0)
        {
            throw new ArgumentException(
                $"Deal stage(s) {Quote(unknownStages)} are not in pipeline '{pipeline.Label}' ({pipeline.Id}), the only one that can be mapped; its stages are {Quote(stages.Select(s => $"{s.Id} ({s.Label})"))}.",
                nameof(statusIdByStageId));
        }

        var statuses = await axcelerate.Tasks.GetOpportunityStatusesAsync(cancellationToken).ConfigureAwait(false);
        var unknownStatuses = statusIdByStageId.Where(p => statuses.All(s => s.Id != p.Value)).ToList();
        if (unknownStatuses.Count > 0)
        {
            throw new ArgumentException(
                $"Opportunity status id(s) {Quote(unknownStatuses.Select(p => $"{p.Value} (for stage {p.Key})"))} do not exist in aXcelerate; the statuses are {Quote(statuses.Select(s => $"{s.Id} ({s.Name})"))}.",
                nameof(statusIdByStageId));
        }

        var entries = stages
            .Where(stage => statusIdByStageId.ContainsKey(stage.Id))
            .Select(stage =>
            {
                var status = statuses.First(s => s.Id == statusIdByStageId[stage.Id]);
                return new DealStageMapEntry(stage.Id, stage.Label, statusIdByStageId[stage.Id], status.Name);
            })
            .ToList();
        var map = await store.SaveDealStageMapAsync(pipeline.Id, pipeline.Label, entries, cancellationToken).ConfigureAwait(false);
        DealsLog.MapSaved(logger, pipeline.Id, entries.Count, stages.Count);
        return map;
    }

    public async Task<OpportunityStatusResolution> ResolveStatusAsync(string dealStageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dealStageId);
        var map = await store.GetDealStageMapAsync(cancellationToken).ConfigureAwait(false);
        var entry = map?.Entries.FirstOrDefault(e => e.StageId == dealStageId);
        if (entry is not null)
        {
            return new OpportunityStatusResolution(dealStageId, entry.OpportunityStatusId, entry.OpportunityStatusName, null);
        }

        var problem = map is null
            ? $"Deal stage '{dealStageId}' cannot be resolved: {NoMap}."
            : $"Deal stage '{dealStageId}' is not mapped to an opportunity status in the map of pipeline '{map.PipelineLabel}' ({map.PipelineId}).";
        DealsLog.Unresolved(logger, problem);
        return new OpportunityStatusResolution(dealStageId, null, null, problem);
    }

    public Task<DealStageResolution> ResolveStageAsync(string opportunityStatusName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(opportunityStatusName);
        var name = opportunityStatusName.Trim();
        return ResolveStageAsync(name, e => string.Equals(e.OpportunityStatusName.Trim(), name, StringComparison.OrdinalIgnoreCase), cancellationToken);
    }

    public Task<DealStageResolution> ResolveStageAsync(int opportunityStatusId, CancellationToken cancellationToken = default) =>
        ResolveStageAsync(opportunityStatusId.ToString(CultureInfo.InvariantCulture), e => e.OpportunityStatusId == opportunityStatusId, cancellationToken);

    private async Task<DealStageResolution> ResolveStageAsync(string status, Func<DealStageMapEntry, bool> matches, CancellationToken cancellationToken)
    {
        var map = await store.GetDealStageMapAsync(cancellationToken).ConfigureAwait(false);
        var entry = map?.Entries.FirstOrDefault(matches);
        if (entry is not null)
        {
            return new DealStageResolution(status, map!.PipelineId, entry.StageId, entry.StageLabel, null);
        }

        var problem = map is null
            ? $"Opportunity status '{status}' cannot be resolved: {NoMap}."
            : $"Opportunity status '{status}' is not mapped to any deal stage of pipeline '{map.PipelineLabel}' ({map.PipelineId}).";
        DealsLog.Unresolved(logger, problem);
        return new DealStageResolution(status, null, null, null, problem);
    }

    private async Task<HubSpotPipeline> FirstPipelineAsync(CancellationToken cancellationToken)
    {
        var pipelines = await hubSpot.Pipelines.GetDealPipelinesAsync(cancellationToken).ConfigureAwait(false);
        return pipelines.FirstByDisplayOrder()
            ?? throw new InvalidOperationException("HubSpot has no active deal pipeline to map; create one in HubSpot first.");
    }

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));
}
