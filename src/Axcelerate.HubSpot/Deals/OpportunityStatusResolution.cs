namespace Axcelerate.HubSpot.Deals;

/// <summary>The opportunity status a deal stage maps to, or why there is none.</summary>
/// <param name="DealStageId">The stage asked about.</param>
/// <param name="OpportunityStatusId">The mapped status id; null when unmapped.</param>
/// <param name="OpportunityStatusName">The mapped status name; null when unmapped.</param>
/// <param name="Problem">Why the stage does not resolve; null when it does.</param>
public sealed record OpportunityStatusResolution(string DealStageId, int? OpportunityStatusId, string? OpportunityStatusName, string? Problem)
{
    /// <summary>True when the stage maps to a status.</summary>
    public bool IsMapped => OpportunityStatusId is not null;
}
