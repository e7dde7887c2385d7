namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A pipeline (e.g. a deal pipeline) and its stages, in HubSpot's display order.</summary>
public sealed class HubSpotPipeline
{
    /// <summary>The pipeline id (<c>default</c> for the default deal pipeline).</summary>
    public string Id { get; init; } = "";

    /// <summary>The pipeline's unique label.</summary>
    public string Label { get; init; } = "";

    /// <summary>Where the pipeline appears in HubSpot (ties are ordered by label).</summary>
    public int DisplayOrder { get; init; }

    /// <summary>Whether the pipeline is archived.</summary>
    public bool Archived { get; init; }

    /// <summary>The stages as HubSpot returned them; each keeps its <see cref="HubSpotPipelineStage.DisplayOrder"/>.</summary>
    public IReadOnlyList<HubSpotPipelineStage> Stages { get; init; } = [];
}

/// <summary>A pipeline stage.</summary>
public sealed class HubSpotPipelineStage
{
    /// <summary>The stage id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The stage label, unique within the pipeline.</summary>
    public string Label { get; init; } = "";

    /// <summary>Where the stage appears in the pipeline.</summary>
    public int DisplayOrder { get; init; }

    /// <summary>Whether the stage is archived.</summary>
    public bool Archived { get; init; }

    /// <summary>Stage metadata, e.g. <c>probability</c> and <c>isClosed</c> for deal stages.</summary>
    public IReadOnlyDictionary<string, string?> Metadata { get; init; } = new Dictionary<string, string?>();
}
