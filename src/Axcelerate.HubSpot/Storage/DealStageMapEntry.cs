namespace Axcelerate.HubSpot.Storage;

/// <summary>One HubSpot deal stage mapped to one aXcelerate opportunity status.</summary>
/// <param name="StageId">The HubSpot stage id (the value of <c>dealstage</c>).</param>
/// <param name="StageLabel">The stage's label when the map was saved, for display.</param>
/// <param name="OpportunityStatusId">The aXcelerate opportunity status id (written to tasks).</param>
/// <param name="OpportunityStatusName">The aXcelerate opportunity status name (read from tasks), e.g. <c>Won</c>.</param>
public sealed record DealStageMapEntry(string StageId, string StageLabel, int OpportunityStatusId, string OpportunityStatusName);
