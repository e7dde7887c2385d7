namespace Axcelerate.HubSpot.Storage;

/// <summary>The saved map between the stages of the one mapped HubSpot deal pipeline and aXcelerate opportunity statuses.</summary>
/// <param name="PipelineId">The HubSpot pipeline the stages belong to.</param>
/// <param name="PipelineLabel">The pipeline's label when the map was saved.</param>
/// <param name="Entries">The mapped stages; stages absent here are unmapped.</param>
/// <param name="UpdatedAt">When the map was saved (UTC); the store sets it.</param>
public sealed record DealStageMap(string PipelineId, string PipelineLabel, IReadOnlyList<DealStageMapEntry> Entries, DateTimeOffset UpdatedAt);
