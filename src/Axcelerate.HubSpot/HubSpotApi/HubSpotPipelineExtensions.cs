namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Helpers over pipelines.</summary>
public static class HubSpotPipelineExtensions
{
    /// <summary>The first live pipeline by display order (ties broken by label, as HubSpot does), or null when none.</summary>
    /// <param name="pipelines">The pipelines.</param>
    /// <returns>The first pipeline, or null.</returns>
    public static HubSpotPipeline? FirstByDisplayOrder(this IEnumerable<HubSpotPipeline> pipelines)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        return pipelines.Where(p => !p.Archived)
            .OrderBy(p => p.DisplayOrder)
            .ThenBy(p => p.Label, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The pipeline's live stages ordered by display order.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <returns>The ordered stages.</returns>
    public static IReadOnlyList<HubSpotPipelineStage> StagesInDisplayOrder(this HubSpotPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return [.. pipeline.Stages.Where(s => !s.Archived).OrderBy(s => s.DisplayOrder).ThenBy(s => s.Label, StringComparer.Ordinal)];
    }
}
