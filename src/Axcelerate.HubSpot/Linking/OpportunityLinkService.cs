using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Records;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Linking;

/// <summary>The <see cref="IOpportunityLinkService"/> over the clients, the mapping plan, the deal-stage map, the user links and the link store.</summary>
internal sealed class OpportunityLinkService(
    LinkCore core,
    IAxcelerateClient axcelerate,
    IDealStageMappingService stages,
    IUserLinkStore users) : IOpportunityLinkService
{
    private const MappedEntity Entity = MappedEntity.Opportunity;

    public Task<HubSpotProfile> GetProfileAsync(long taskId, CancellationToken cancellationToken = default) =>
        core.GetProfileAsync(Entity, taskId, cancellationToken);

    public async Task<LinkCandidates> GetCandidatesAsync(long taskId, CancellationToken cancellationToken = default)
    {
        var (offer, refusal) = await OfferAsync(LinkCore.LinkOperation, taskId, cancellationToken).ConfigureAwait(false);
        if (offer is null)
        {
            return new LinkCandidates { Entity = Entity, AxcelerateId = taskId, Refusal = refusal!.Reason };
        }

        return new LinkCandidates
        {
            Entity = Entity,
            AxcelerateId = taskId,
            SearchedFor = $"the deals of HubSpot contact {offer.Value.ContactHubSpotId}",
            Candidates = await core.CandidatesAsync(Entity, offer.Value.Deals, d => d.GetProperty("dealname") ?? d.Id, cancellationToken).ConfigureAwait(false),
        };
    }

    public async Task<LinkResult> LinkAsync(long taskId, string dealId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dealId);
        using var scope = OutgoingCallContext.Begin(LinkCore.LinkOperation, Entity, LinkCore.Id(taskId));
        var (offer, refusal) = await OfferAsync(LinkCore.LinkOperation, taskId, cancellationToken).ConfigureAwait(false);
        if (offer is null)
        {
            return refusal!;
        }

        if (!offer.Value.Deals.Any(d => string.Equals(d.Id, dealId, StringComparison.Ordinal)))
        {
            return core.Refuse(LinkCore.LinkOperation, Entity, taskId, dealId, LinkRefusal.NotOffered,
                $"HubSpot deal {dealId} is not a deal of HubSpot contact {offer.Value.ContactHubSpotId}, the contact linked to opportunity {taskId}'s marketing contact; only that contact's deals can be linked.");
        }

        return await core.LinkAsync(Entity, taskId, dealId, LinkOutcome.Linked, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LinkResult> ExportAsync(long taskId, CancellationToken cancellationToken = default)
    {
        const string Operation = LinkCore.ExportOperation;
        using var scope = OutgoingCallContext.Begin(Operation, Entity, LinkCore.Id(taskId));
        if (await core.AlreadyExportedAsync(Entity, taskId, cancellationToken).ConfigureAwait(false) is { } linked)
        {
            return linked;
        }

        var (task, contactLink, refusal) = await MarketingContactAsync(Operation, taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return refusal!;
        }

        if (string.IsNullOrWhiteSpace(task.OpportunityStatus))
        {
            return core.Refuse(Operation, Entity, taskId, null, LinkRefusal.StatusNotMapped, $"Opportunity {taskId} has no status, so it has no deal stage; set its status first.");
        }

        var stage = await stages.ResolveStageAsync(task.OpportunityStatus, cancellationToken).ConfigureAwait(false);
        if (!stage.IsMapped)
        {
            return core.Refuse(Operation, Entity, taskId, null, LinkRefusal.StatusNotMapped, stage.Problem ?? $"Opportunity status '{task.OpportunityStatus}' is not mapped to a deal stage.");
        }

        var view = new Dictionary<string, string?>(RecordFields.From(task), StringComparer.OrdinalIgnoreCase);
        var plan = await core.PlanAsync(Entity, cancellationToken).ConfigureAwait(false);
        var owner = await OwnerAsync(task.OwnerId, cancellationToken).ConfigureAwait(false);
        foreach (var field in plan.Fields)
        {
            if (string.Equals(field.HubSpotProperty, DealOpportunityFields.StageProperty, StringComparison.OrdinalIgnoreCase))
            {
                view[field.AxcelerateReadKey] = stage.DealStageId;
            }
            else if (string.Equals(field.HubSpotProperty, DealOpportunityFields.OwnerProperty, StringComparison.OrdinalIgnoreCase))
            {
                if (owner is null)
                {
                    view.Remove(field.AxcelerateReadKey); // no linked HubSpot user: the deal is left unassigned
                }
                else
                {
                    view[field.AxcelerateReadKey] = owner;
                }
            }
        }

        var values = plan.ToHubSpot(LinkCore.Id(taskId), view);
        var properties = LinkCore.NonBlank(RecordWrites.ToHubSpotProperties(values));
        properties[DealOpportunityFields.PipelineProperty] = stage.PipelineId;
        properties[DealOpportunityFields.StageProperty] = stage.DealStageId;
        if (owner is not null)
        {
            properties[DealOpportunityFields.OwnerProperty] = owner;
        }

        var associations = new List<HubSpotAssociationSpec>
        {
            new(contactLink!.HubSpotId, [HubSpotAssociationType.HubSpotDefined(HubSpotAssociationTypeIds.DealToContact)]),
        };
        var company = await CompanyOfAsync(task.MarketingContactId!.Value, cancellationToken).ConfigureAwait(false);
        if (company is not null)
        {
            associations.Add(new(company, [HubSpotAssociationType.HubSpotDefined(HubSpotAssociationTypeIds.DealToCompany)]));
        }

        var deal = await core.HubSpot.Deals.CreateAsync(new HubSpotObjectInput { Properties = properties, Associations = associations }, cancellationToken).ConfigureAwait(false);
        var note = company is null
            ? $"Associated with HubSpot contact {contactLink.HubSpotId}."
            : $"Associated with HubSpot contact {contactLink.HubSpotId} and company {company}.";
        var result = await core.LinkAsync(Entity, taskId, deal.Id, LinkOutcome.Exported, note, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await core.Links.RecordSyncAsync(Entity, taskId, SyncDirection.ToHubSpot, ImportHash.Of(values.Values), cancellationToken).ConfigureAwait(false);
        }

        return ContactLinkService.WithErrors(result, values.Errors);
    }

    public Task<bool> UnlinkAsync(long taskId, CancellationToken cancellationToken = default) =>
        core.UnlinkAsync(Entity, taskId, cancellationToken);

    /// <summary>The deals an opportunity may be linked to (those of its marketing contact's HubSpot contact), or why there are none to offer.</summary>
    private async Task<((string ContactHubSpotId, IReadOnlyList<HubSpotObject> Deals)? Offer, LinkResult? Refusal)> OfferAsync(string operation, long taskId, CancellationToken cancellationToken)
    {
        var (task, contactLink, refusal) = await MarketingContactAsync(operation, taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return (null, refusal);
        }

        var found = await core.DealsOfAsync("contacts", contactLink!.HubSpotId, cancellationToken).ConfigureAwait(false);
        return ((contactLink.HubSpotId, found), null);
    }

    /// <summary>The task and its marketing contact's link, or why the opportunity cannot reach HubSpot.</summary>
    private async Task<(AxcelerateTask? Task, RecordLink? ContactLink, LinkResult? Refusal)> MarketingContactAsync(string operation, long taskId, CancellationToken cancellationToken)
    {
        var task = await axcelerate.Tasks.GetAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return (null, null, core.NotFound(operation, Entity, taskId));
        }

        if (task.MarketingContactId is not { } contactId)
        {
            return (null, null, core.Refuse(operation, Entity, taskId, null, LinkRefusal.NotAnOpportunity, $"aXcelerate task {taskId} is not a marketing opportunity: it has no marketing contact."));
        }

        var link = await core.Links.FindByAxcelerateIdAsync(MappedEntity.Contact, contactId, cancellationToken).ConfigureAwait(false);
        return link is null
            ? (null, null, core.Refuse(operation, Entity, taskId, null, LinkRefusal.NotLinked,
                $"Opportunity {taskId}'s marketing contact, aXcelerate contact {contactId}, is not linked to HubSpot; link or export the contact first."))
            : (task, link, null);
    }

    /// <summary>The HubSpot owner linked to the aXcelerate user (contact id) who owns the opportunity, or null.</summary>
    private async Task<string?> OwnerAsync(long? ownerContactId, CancellationToken cancellationToken)
    {
        if (ownerContactId is not { } id)
        {
            return null;
        }

        var userLinks = await users.ListUserLinksAsync(cancellationToken).ConfigureAwait(false);
        return userLinks.Where(l => l.AxcelerateContactId == id).OrderBy(l => l.HubSpotOwnerId, StringComparer.Ordinal).Select(l => l.HubSpotOwnerId).FirstOrDefault();
    }

    /// <summary>The HubSpot company linked to the marketing contact's primary organisation, or null.</summary>
    private async Task<string?> CompanyOfAsync(long contactId, CancellationToken cancellationToken)
    {
        var contact = await axcelerate.Contacts.GetAsync(contactId, cancellationToken).ConfigureAwait(false);
        if (contact?.OrganisationId is not { } organisationId)
        {
            return null;
        }

        var link = await core.Links.FindByAxcelerateIdAsync(MappedEntity.Organisation, organisationId, cancellationToken).ConfigureAwait(false);
        return link?.HubSpotId;
    }
}
