namespace Axcelerate.HubSpot.Deals;

/// <summary>The deal stage an opportunity status maps to, or why there is none.</summary>
/// <param name="OpportunityStatus">The status asked about (its name, or its id as text).</param>
/// <param name="PipelineId">The pipeline of the stage; null when unmapped.</param>
/// <param name="DealStageId">The stage id (the value for <c>dealstage</c>); null when unmapped.</param>
/// <param name="DealStageLabel">The stage label; null when unmapped.</param>
/// <param name="Problem">Why the status does not resolve; null when it does.</param>
public sealed record DealStageResolution(string OpportunityStatus, string? PipelineId, string? DealStageId, string? DealStageLabel, string? Problem)
{
    /// <summary>True when the status maps to a stage.</summary>
    public bool IsMapped => DealStageId is not null;
}
