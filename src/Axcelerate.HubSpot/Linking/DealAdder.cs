using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Records;
using Axcelerate.HubSpot.Users;

namespace Axcelerate.HubSpot.Linking;

/// <summary>
/// "Add deal" from a linked contact or organisation: creates the aXcelerate marketing opportunity for a HubSpot deal
/// the way the deal import does (<see cref="DealOpportunityFields"/>, the opportunity plan, <see cref="RecordWrites"/>)
/// and links it.
/// </summary>
internal sealed class DealAdder(LinkCore core, IAxcelerateClient axcelerate, IDealStageMappingService stages, IUserLinkService users)
{
    private const MappedEntity Entity = MappedEntity.Opportunity;

    /// <summary>The deal among those offered, or the refusal: not offered, or already linked (naming the opportunity).</summary>
    public async Task<(HubSpotObject? Deal, LinkResult? Refusal)> FindOfferedAsync(
        IReadOnlyList<HubSpotObject> offered,
        string dealId,
        string offeredBy,
        CancellationToken cancellationToken)
    {
        var deal = offered.FirstOrDefault(d => string.Equals(d.Id, dealId, StringComparison.Ordinal));
        if (deal is null)
        {
            return (null, core.Refuse(LinkCore.AddDealOperation, Entity, null, dealId, LinkRefusal.NotOffered, $"HubSpot deal {dealId} is not one of the deals of {offeredBy}."));
        }

        var link = await core.Links.FindByHubSpotIdAsync(Entity, dealId, cancellationToken).ConfigureAwait(false);
        return link is null
            ? (deal, null)
            : (null, core.Refuse(LinkCore.AddDealOperation, Entity, null, dealId, LinkRefusal.HubSpotRecordLinkedElsewhere,
                $"HubSpot deal {dealId} is already linked to aXcelerate opportunity {link.AxcelerateId}.", conflictingAxcelerateId: link.AxcelerateId));
    }

    public async Task<LinkResult> AddAsync(HubSpotObject deal, long marketingContactId, CancellationToken cancellationToken)
    {
        using var scope = OutgoingCallContext.Begin(LinkCore.AddDealOperation, Entity, deal.Id);
        var pipelines = await core.HubSpot.Pipelines.GetDealPipelinesAsync(cancellationToken).ConfigureAwait(false);
        if (DealOpportunityFields.PipelineProblem(deal, pipelines.FirstByDisplayOrder()) is { } pipelineProblem)
        {
            return core.Refuse(LinkCore.AddDealOperation, Entity, null, deal.Id, LinkRefusal.NotOffered, pipelineProblem);
        }

        var (view, problem) = await DealOpportunityFields.ToOpportunityViewAsync(deal, stages, users, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return core.Refuse(LinkCore.AddDealOperation, Entity, null, deal.Id, LinkRefusal.StatusNotMapped, problem!);
        }

        var plan = await core.PlanAsync(Entity, cancellationToken).ConfigureAwait(false);
        var values = plan.ToAxcelerate(deal.Id, view);
        var write = RecordWrites.ToTaskWrite(values);
        write.MarketingContactId = marketingContactId;
        var taskId = await axcelerate.Tasks.CreateAsync(write, cancellationToken).ConfigureAwait(false);
        var linked = await core.LinkAsync(Entity, taskId, deal.Id, LinkOutcome.Created, null, cancellationToken).ConfigureAwait(false);
        if (linked.Succeeded)
        {
            await core.Links.RecordSyncAsync(Entity, taskId, SyncDirection.ToAxcelerate, ImportHash.Of(values.Values), cancellationToken).ConfigureAwait(false);
        }

        return new LinkResult
        {
            Entity = Entity,
            Outcome = linked.Outcome,
            AxcelerateId = taskId,
            HubSpotId = deal.Id,
            Address = linked.Address,
            Refusal = linked.Refusal,
            Reason = linked.Reason,
            ConflictingAxcelerateId = linked.ConflictingAxcelerateId,
            ConflictingHubSpotId = linked.ConflictingHubSpotId,
            ConversionErrors = values.Errors,
        };
    }
}
