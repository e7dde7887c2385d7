namespace Axcelerate.HubSpot.Deals;

/// <summary>One stage of the mapped pipeline beside the opportunity status it maps to (one row of the deal-stage administration screen).</summary>
/// <param name="StageId">The HubSpot stage id.</param>
/// <param name="StageLabel">The stage label.</param>
/// <param name="DisplayOrder">The stage's position in the pipeline.</param>
/// <param name="OpportunityStatusId">The mapped aXcelerate opportunity status id, or null when unmapped.</param>
/// <param name="OpportunityStatusName">The mapped status name, or null when unmapped.</param>
public sealed record DealStageRow(string StageId, string StageLabel, int DisplayOrder, int? OpportunityStatusId, string? OpportunityStatusName)
{
    /// <summary>True when the stage maps to a status.</summary>
    public bool IsMapped => OpportunityStatusId is not null;
}
