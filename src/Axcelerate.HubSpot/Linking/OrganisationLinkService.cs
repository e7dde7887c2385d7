using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Records;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Linking;

/// <summary>The <see cref="IOrganisationLinkService"/> over the clients, the mapping plan and the link store.</summary>
internal sealed class OrganisationLinkService(LinkCore core, IAxcelerateClient axcelerate, DealAdder deals, ILogger<OrganisationLinkService> logger) : IOrganisationLinkService
{
    private const MappedEntity Entity = MappedEntity.Organisation;
    private const string DomainProperty = "domain";
    private static readonly string[] NameProperties = ["name", DomainProperty];

    public Task<HubSpotProfile> GetProfileAsync(long organisationId, CancellationToken cancellationToken = default) =>
        core.GetProfileAsync(Entity, organisationId, cancellationToken);

    public async Task<LinkCandidates> GetCandidatesAsync(long organisationId, string? domain = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(domain))
        {
            var organisation = await axcelerate.Organisations.GetAsync(organisationId, cancellationToken).ConfigureAwait(false);
            if (organisation is null)
            {
                return Refused(organisationId, null, $"aXcelerate has no organisation {organisationId}.");
            }

            domain = OrganisationDomain.Of(organisation);
            if (domain is null)
            {
                return Refused(organisationId, null, $"aXcelerate organisation {organisationId} has no website or email address to take a domain from; type a domain.");
            }
        }

        if (OrganisationDomain.Normalise(domain) is not { } key)
        {
            return Refused(organisationId, domain, $"'{domain}' is not a domain name.");
        }

        var request = new HubSpotSearchRequest
        {
            FilterGroups = [new HubSpotFilterGroup { Filters = [new HubSpotFilter { PropertyName = DomainProperty, Operator = HubSpotFilterOperator.Eq, Value = key }] }],
            Properties = await core.PropertiesAsync(Entity, NameProperties, cancellationToken).ConfigureAwait(false),
            Limit = 100,
        };
        var page = await core.HubSpot.Companies.SearchPageAsync(request, cancellationToken).ConfigureAwait(false);
        return new LinkCandidates
        {
            Entity = Entity,
            AxcelerateId = organisationId,
            SearchedFor = key,
            Candidates = await core.CandidatesAsync(Entity, page.Results, DisplayName, cancellationToken).ConfigureAwait(false),
        };
    }

    public async Task<LinkResult> LinkAsync(long organisationId, string hubSpotCompanyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotCompanyId);
        using var scope = OutgoingCallContext.Begin(LinkCore.LinkOperation, Entity, LinkCore.Id(organisationId));
        if (await axcelerate.Organisations.GetAsync(organisationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return core.NotFound(LinkCore.LinkOperation, Entity, organisationId);
        }

        if (await core.HubSpot.Companies.GetAsync(hubSpotCompanyId, null, cancellationToken).ConfigureAwait(false) is null)
        {
            return core.HubSpotNotFound(LinkCore.LinkOperation, Entity, organisationId, hubSpotCompanyId);
        }

        return await core.LinkAsync(Entity, organisationId, hubSpotCompanyId, LinkOutcome.Linked, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LinkResult> ExportAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        using var scope = OutgoingCallContext.Begin(LinkCore.ExportOperation, Entity, LinkCore.Id(organisationId));
        if (await core.AlreadyExportedAsync(Entity, organisationId, cancellationToken).ConfigureAwait(false) is { } linked)
        {
            return linked;
        }

        var organisation = await axcelerate.Organisations.GetAsync(organisationId, cancellationToken).ConfigureAwait(false);
        if (organisation is null)
        {
            return core.NotFound(LinkCore.ExportOperation, Entity, organisationId);
        }

        var plan = await core.PlanAsync(Entity, cancellationToken).ConfigureAwait(false);
        var values = plan.ToHubSpot(LinkCore.Id(organisationId), RecordFields.From(organisation));
        var properties = LinkCore.NonBlank(RecordWrites.ToHubSpotProperties(values));

        // The domain makes the company findable by the domain search this service offers; aXcelerate cannot take it back.
        if (!properties.ContainsKey(DomainProperty) && OrganisationDomain.Normalise(OrganisationDomain.Of(organisation)) is { } domain)
        {
            properties[DomainProperty] = domain;
        }

        var company = await core.HubSpot.Companies.CreateAsync(new HubSpotObjectInput { Properties = properties }, cancellationToken).ConfigureAwait(false);
        var contacts = await LinkedContactsAsync(organisationId, cancellationToken).ConfigureAwait(false);
        string? note = null;
        if (contacts.Count > 0)
        {
            var type = HubSpotAssociationType.HubSpotDefined(HubSpotAssociationTypeIds.CompanyToContact);
            var associated = await core.HubSpot.Associations.BatchCreateAsync(
                "companies",
                "contacts",
                contacts.Select(c => new HubSpotAssociationInput(company.Id, c, [type])),
                cancellationToken).ConfigureAwait(false);
            note = $"Associated with {contacts.Count - associated.Errors.Count} of the HubSpot contacts of its {contacts.Count} linked aXcelerate contacts.";
            if (associated.HasErrors)
            {
                LinkingLog.AssociationsRefused(logger, Entity, company.Id, associated.Errors.Count, string.Join("; ", associated.Errors.Select(e => e.Message)));
            }
        }

        var result = await core.LinkAsync(Entity, organisationId, company.Id, LinkOutcome.Exported, note, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await core.Links.RecordSyncAsync(Entity, organisationId, SyncDirection.ToHubSpot, ImportHash.Of(values.Values), cancellationToken).ConfigureAwait(false);
        }

        return ContactLinkService.WithErrors(result, values.Errors);
    }

    public Task<bool> UnlinkAsync(long organisationId, CancellationToken cancellationToken = default) =>
        core.UnlinkAsync(Entity, organisationId, cancellationToken);

    public async Task<IReadOnlyList<RecordDeal>> GetDealsAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        var link = await core.Links.FindByAxcelerateIdAsync(Entity, organisationId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"aXcelerate organisation {organisationId} is not linked to HubSpot; link or export it to see its company's deals.");
        var found = await core.DealsOfAsync("companies", link.HubSpotId, cancellationToken).ConfigureAwait(false);
        var contactOf = await DealContactsAsync(found, cancellationToken).ConfigureAwait(false);
        return await core.ToRecordDealsAsync(found, d => contactOf.TryGetValue(d.Id, out var id) ? id : null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LinkResult> AddDealAsync(long organisationId, string dealId, long? keyContactId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dealId);
        var link = await core.Links.FindByAxcelerateIdAsync(Entity, organisationId, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return core.Refuse(LinkCore.AddDealOperation, MappedEntity.Opportunity, null, dealId, LinkRefusal.NotLinked,
                $"aXcelerate organisation {organisationId} is not linked to HubSpot; link or export it before adding its company's deals.");
        }

        var offered = await core.DealsOfAsync("companies", link.HubSpotId, cancellationToken).ConfigureAwait(false);
        var (deal, refusal) = await deals.FindOfferedAsync(offered, dealId, $"HubSpot company {link.HubSpotId} (linked to aXcelerate organisation {organisationId})", cancellationToken).ConfigureAwait(false);
        if (deal is null)
        {
            return refusal!;
        }

        long marketingContactId;
        if (keyContactId is { } chosen)
        {
            var contact = await axcelerate.Contacts.GetAsync(chosen, cancellationToken).ConfigureAwait(false);
            if (contact is null)
            {
                return core.Refuse(LinkCore.AddDealOperation, MappedEntity.Opportunity, null, dealId, LinkRefusal.AxcelerateRecordNotFound, $"aXcelerate has no contact {chosen} to be the key contact.");
            }

            if (contact.OrganisationId != organisationId && !contact.OrganisationIds.Contains(organisationId))
            {
                return core.Refuse(LinkCore.AddDealOperation, MappedEntity.Opportunity, null, dealId, LinkRefusal.KeyContactNotInOrganisation,
                    $"aXcelerate contact {chosen} is not one of organisation {organisationId}'s contacts; choose the key contact from the organisation's contacts.");
            }

            marketingContactId = chosen;
        }
        else
        {
            var contactOf = await DealContactsAsync([deal], cancellationToken).ConfigureAwait(false);
            if (!contactOf.TryGetValue(deal.Id, out var linkedContact))
            {
                return core.Refuse(LinkCore.AddDealOperation, MappedEntity.Opportunity, null, dealId, LinkRefusal.KeyContactRequired,
                    $"HubSpot deal {dealId} has no contact linked to aXcelerate, so the opportunity needs a marketing contact: choose a key contact from organisation {organisationId}'s contacts.");
            }

            marketingContactId = linkedContact;
        }

        return await deals.AddAsync(deal, marketingContactId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each deal's first contact linked to aXcelerate (primary first): one association batch and one store read.</summary>
    private async Task<Dictionary<string, long>> DealContactsAsync(IReadOnlyList<HubSpotObject> found, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        if (found.Count == 0)
        {
            return result;
        }

        var associations = await core.HubSpot.Associations.BatchReadAsync("deals", "contacts", found.Select(d => d.Id), cancellationToken).ConfigureAwait(false);
        var contactsOf = associations.Results.Where(a => a.To.Count > 0).ToDictionary(a => a.FromId, a => DealOpportunityFields.ContactsInOrder(a.To), StringComparer.Ordinal);
        if (contactsOf.Count == 0)
        {
            return result;
        }

        var links = await core.Links.FindByHubSpotIdsAsync(MappedEntity.Contact, contactsOf.Values.SelectMany(c => c).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var (dealId, contacts) in contactsOf)
        {
            if (contacts.Select(c => links.TryGetValue(c, out var l) ? l : null).FirstOrDefault(l => l is not null) is { } first)
            {
                result[dealId] = first.AxcelerateId;
            }
        }

        return result;
    }

    /// <summary>
    /// The HubSpot ids of the organisation's linked contacts. aXcelerate documents no search of an organisation's contacts,
    /// so the linked contacts are read a page at a time (100 per request) and those whose primary or other organisations
    /// include this one are kept.
    /// </summary>
    private async Task<List<string>> LinkedContactsAsync(long organisationId, CancellationToken cancellationToken)
    {
        var hubSpotIds = new List<string>();
        string? token = null;
        do
        {
            var page = await core.Links.ListRecordLinksAsync(MappedEntity.Contact, 100, token, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count > 0)
            {
                var byId = page.Items.ToDictionary(l => l.AxcelerateId);
                var contacts = await axcelerate.Contacts.GetManyAsync(byId.Keys, cancellationToken).ConfigureAwait(false);
                hubSpotIds.AddRange(contacts
                    .Where(c => c.OrganisationId == organisationId || c.OrganisationIds.Contains(organisationId))
                    .Select(c => byId[c.ContactId].HubSpotId));
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return hubSpotIds;
    }

    private static string DisplayName(HubSpotObject company)
    {
        var name = company.GetProperty("name");
        var domain = company.GetProperty(DomainProperty);
        return string.IsNullOrWhiteSpace(name) ? domain ?? company.Id : domain is null ? name : $"{name} ({domain})";
    }

    private static LinkCandidates Refused(long organisationId, string? searchedFor, string reason) =>
        new() { Entity = Entity, AxcelerateId = organisationId, SearchedFor = searchedFor, Refusal = reason };
}
