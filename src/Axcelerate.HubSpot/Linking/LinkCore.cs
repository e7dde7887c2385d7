using System.Globalization;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Linking;

/// <summary>What the three link services share: profiles, candidates, the link itself with its conflict rules, unlink, and deal lists.</summary>
internal sealed class LinkCore(
    IHubSpotClient hubSpot,
    IRecordLinkStore links,
    IFieldMappingService mappings,
    HubSpotRecordAddresses addresses,
    AxcelerateIdProperty idProperty,
    ILogger<LinkCore> logger)
{
    public const string LinkOperation = "link";
    public const string ExportOperation = "export";
    public const string AddDealOperation = "add-deal";

    /// <summary>The deal properties a deal list and "add deal" read besides the mapped ones.</summary>
    public static readonly string[] DealProperties = ["dealname", "amount", "dealstage", "pipeline", "hubspot_owner_id", "closedate"];

    public IHubSpotClient HubSpot => hubSpot;

    public IRecordLinkStore Links => links;

    public static IHubSpotObjectClient Objects(IHubSpotClient client, MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => client.Contacts,
        MappedEntity.Organisation => client.Companies,
        _ => client.Deals,
    };

    public static string Noun(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => "contact",
        MappedEntity.Organisation => "organisation",
        _ => "opportunity",
    };

    public static string HubSpotNoun(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => "contact",
        MappedEntity.Organisation => "company",
        _ => "deal",
    };

    public Task<Uri> AddressAsync(MappedEntity entity, string hubSpotId, CancellationToken cancellationToken) =>
        addresses.ForAsync(entity, hubSpotId, cancellationToken);

    /// <summary>The HubSpot properties of the entity's active mappings, plus any extra ones asked for.</summary>
    public async Task<List<string>> PropertiesAsync(MappedEntity entity, IEnumerable<string> extra, CancellationToken cancellationToken)
    {
        var plan = await mappings.GetPlanAsync(entity, cancellationToken).ConfigureAwait(false);
        return plan.Fields.Select(f => f.HubSpotProperty).Concat(extra).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public Task<MappingPlan> PlanAsync(MappedEntity entity, CancellationToken cancellationToken) => mappings.GetPlanAsync(entity, cancellationToken);

    public async Task<HubSpotProfile> GetProfileAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken)
    {
        var link = await links.FindByAxcelerateIdAsync(entity, axcelerateId, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return new HubSpotProfile { Entity = entity, AxcelerateId = axcelerateId, State = HubSpotProfileState.Unlinked };
        }

        var properties = await PropertiesAsync(entity, [], cancellationToken).ConfigureAwait(false);
        var record = await Objects(hubSpot, entity).GetAsync(link.HubSpotId, new HubSpotGetOptions { Properties = properties }, cancellationToken).ConfigureAwait(false);
        return new HubSpotProfile
        {
            Entity = entity,
            AxcelerateId = axcelerateId,
            State = record is null ? HubSpotProfileState.LinkedRecordMissing : HubSpotProfileState.Linked,
            HubSpotId = link.HubSpotId,
            LinkedAt = link.LinkedAt,
            Address = await AddressAsync(entity, link.HubSpotId, cancellationToken).ConfigureAwait(false),
            Properties = record is null
                ? new Dictionary<string, string?>()
                : properties.ToDictionary(p => p, p => record.GetProperty(p), StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>Turns HubSpot records into candidates, marking those already linked (one store read).</summary>
    public async Task<IReadOnlyList<LinkCandidate>> CandidatesAsync(
        MappedEntity entity,
        IReadOnlyList<HubSpotObject> records,
        Func<HubSpotObject, string> displayName,
        CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var linked = await links.FindByHubSpotIdsAsync(entity, records.Select(r => r.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var candidates = new List<LinkCandidate>(records.Count);
        foreach (var record in records.OrderBy(r => r.Id.Length).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            candidates.Add(new LinkCandidate
            {
                HubSpotId = record.Id,
                Address = await AddressAsync(entity, record.Id, cancellationToken).ConfigureAwait(false),
                DisplayName = displayName(record),
                Properties = record.Properties,
                LinkedAxcelerateId = linked.TryGetValue(record.Id, out var link) ? link.AxcelerateId : null,
            });
        }

        return candidates;
    }

    /// <summary>
    /// Why the pair cannot be linked (either side linked to another record, naming both ids), or null when it can; an
    /// existing link of exactly this pair is no conflict.
    /// </summary>
    public async Task<LinkResult?> ConflictAsync(MappedEntity entity, long axcelerateId, string hubSpotId, CancellationToken cancellationToken)
    {
        var mine = await links.FindByAxcelerateIdAsync(entity, axcelerateId, cancellationToken).ConfigureAwait(false);
        if (mine is not null && !string.Equals(mine.HubSpotId, hubSpotId, StringComparison.Ordinal))
        {
            return Refuse(LinkOperation, entity, axcelerateId, hubSpotId, LinkRefusal.AlreadyLinked,
                $"aXcelerate {Noun(entity)} {axcelerateId} is already linked to HubSpot {HubSpotNoun(entity)} {mine.HubSpotId}; unlink it before linking it to HubSpot {HubSpotNoun(entity)} {hubSpotId}.",
                conflictingHubSpotId: mine.HubSpotId);
        }

        var theirs = await links.FindByHubSpotIdAsync(entity, hubSpotId, cancellationToken).ConfigureAwait(false);
        if (theirs is not null && theirs.AxcelerateId != axcelerateId)
        {
            return Refuse(LinkOperation, entity, axcelerateId, hubSpotId, LinkRefusal.HubSpotRecordLinkedElsewhere,
                $"HubSpot {HubSpotNoun(entity)} {hubSpotId} is already linked to aXcelerate {Noun(entity)} {theirs.AxcelerateId}; it cannot also be linked to aXcelerate {Noun(entity)} {axcelerateId}.",
                conflictingAxcelerateId: theirs.AxcelerateId);
        }

        return null;
    }

    /// <summary>Links the pair after the conflict checks; a race lost to another writer is a refusal naming both ids, too.</summary>
    public async Task<LinkResult> LinkAsync(MappedEntity entity, long axcelerateId, string hubSpotId, LinkOutcome outcome, string? note, CancellationToken cancellationToken)
    {
        if (await ConflictAsync(entity, axcelerateId, hubSpotId, cancellationToken).ConfigureAwait(false) is { } conflict)
        {
            return conflict;
        }

        var existing = await links.FindByAxcelerateIdAsync(entity, axcelerateId, cancellationToken).ConfigureAwait(false);
        try
        {
            await links.LinkAsync(entity, axcelerateId, hubSpotId, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreConflictException ex)
        {
            // Linked meanwhile by another process: name what the store holds now.
            return await ConflictAsync(entity, axcelerateId, hubSpotId, cancellationToken).ConfigureAwait(false)
                ?? Refuse(LinkOperation, entity, axcelerateId, hubSpotId, LinkRefusal.AlreadyLinked, ex.Message);
        }

        LinkingLog.Linked(logger, entity, axcelerateId, hubSpotId, outcome);
        if (existing is null)
        {
            await WriteAxcelerateIdAsync(entity, hubSpotId, Id(axcelerateId), cancellationToken).ConfigureAwait(false);
        }

        return new LinkResult
        {
            Entity = entity,
            Outcome = outcome,
            AxcelerateId = axcelerateId,
            HubSpotId = hubSpotId,
            Address = await AddressAsync(entity, hubSpotId, cancellationToken).ConfigureAwait(false),
            Reason = note,
        };
    }

    public async Task<bool> UnlinkAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken)
    {
        var link = await links.FindByAxcelerateIdAsync(entity, axcelerateId, cancellationToken).ConfigureAwait(false);
        if (link is null || !await links.UnlinkAsync(entity, axcelerateId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        LinkingLog.Unlinked(logger, entity, axcelerateId, link.HubSpotId);
        await WriteAxcelerateIdAsync(entity, link.HubSpotId, string.Empty, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Keeps the HubSpot property <c>axcelerate_id</c> (which restores links after a lost store) in step with the link,
    /// when the import has created it: the linked id after a link, blank after an unlink (the property is unique-valued,
    /// so a stale value would block linking the aXcelerate record elsewhere). The link stands when HubSpot refuses.
    /// </summary>
    private async Task WriteAxcelerateIdAsync(MappedEntity entity, string hubSpotId, string value, CancellationToken cancellationToken)
    {
        var objects = Objects(hubSpot, entity);
        try
        {
            if (await idProperty.ExistsAsync(objects.ObjectType, cancellationToken).ConfigureAwait(false))
            {
                await objects.UpdateAsync(hubSpotId, new Dictionary<string, string?> { [ImportOptions.AxcelerateIdProperty] = value }, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (HubSpotApiException ex) when (!ex.IsTransient)
        {
            LinkingLog.AxcelerateIdNotWritten(logger, entity, hubSpotId, ex.HubSpotMessage ?? ex.Message);
        }
    }

    /// <summary>A refusal for an export: the record is linked already (organisations and opportunities are a one-time push).</summary>
    public async Task<LinkResult?> AlreadyExportedAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken)
    {
        var link = await links.FindByAxcelerateIdAsync(entity, axcelerateId, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return null;
        }

        var why = entity == MappedEntity.Contact
            ? "unlink it first to export it as a new HubSpot contact."
            : $"an {Noun(entity)} is pushed to HubSpot once; later changes flow from HubSpot to aXcelerate.";
        return Refuse(ExportOperation, entity, axcelerateId, link.HubSpotId, LinkRefusal.AlreadyLinked,
            $"aXcelerate {Noun(entity)} {axcelerateId} is already linked to HubSpot {HubSpotNoun(entity)} {link.HubSpotId}: {why}",
            conflictingHubSpotId: link.HubSpotId);
    }

    public LinkResult Refuse(
        string operation,
        MappedEntity entity,
        long? axcelerateId,
        string? hubSpotId,
        LinkRefusal refusal,
        string reason,
        string? conflictingHubSpotId = null,
        long? conflictingAxcelerateId = null)
    {
        LinkingLog.Refused(logger, operation, entity, axcelerateId ?? 0, refusal, reason);
        return new LinkResult
        {
            Entity = entity,
            Outcome = LinkOutcome.Refused,
            AxcelerateId = axcelerateId,
            HubSpotId = hubSpotId,
            Refusal = refusal,
            Reason = reason,
            ConflictingHubSpotId = conflictingHubSpotId,
            ConflictingAxcelerateId = conflictingAxcelerateId,
        };
    }

    public LinkResult NotFound(string operation, MappedEntity entity, long axcelerateId) =>
        Refuse(operation, entity, axcelerateId, null, LinkRefusal.AxcelerateRecordNotFound, $"aXcelerate has no {Noun(entity)} {axcelerateId}.");

    public LinkResult HubSpotNotFound(string operation, MappedEntity entity, long axcelerateId, string hubSpotId) =>
        Refuse(operation, entity, axcelerateId, hubSpotId, LinkRefusal.HubSpotRecordNotFound, $"HubSpot has no {HubSpotNoun(entity)} {hubSpotId}.");

    /// <summary>The deals associated with a HubSpot contact or company, read in one batch with the deal and mapped properties.</summary>
    public async Task<IReadOnlyList<HubSpotObject>> DealsOfAsync(string fromObjectType, string fromId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var association in hubSpot.Associations.ListAsync(fromObjectType, fromId, "deals", cancellationToken).ConfigureAwait(false))
        {
            ids.Add(association.ToObjectId);
        }

        if (ids.Count == 0)
        {
            return [];
        }

        var properties = await PropertiesAsync(MappedEntity.Opportunity, DealProperties, cancellationToken).ConfigureAwait(false);
        var read = await hubSpot.Deals.BatchReadAsync(ids.Distinct(StringComparer.Ordinal), new HubSpotGetOptions { Properties = properties }, cancellationToken).ConfigureAwait(false);
        return read.Results.OrderBy(d => d.Id.Length).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Deals as list items, with their links (one store read) and the marketing contact each would get.</summary>
    public async Task<IReadOnlyList<RecordDeal>> ToRecordDealsAsync(IReadOnlyList<HubSpotObject> deals, Func<HubSpotObject, long?> marketingContact, CancellationToken cancellationToken)
    {
        if (deals.Count == 0)
        {
            return [];
        }

        var linked = await links.FindByHubSpotIdsAsync(MappedEntity.Opportunity, deals.Select(d => d.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var items = new List<RecordDeal>(deals.Count);
        foreach (var deal in deals)
        {
            items.Add(new RecordDeal
            {
                DealId = deal.Id,
                Address = await AddressAsync(MappedEntity.Opportunity, deal.Id, cancellationToken).ConfigureAwait(false),
                Name = deal.GetProperty("dealname"),
                Amount = deal.GetProperty("amount"),
                PipelineId = deal.GetProperty("pipeline"),
                StageId = deal.GetProperty("dealstage"),
                LinkedOpportunityId = linked.TryGetValue(deal.Id, out var link) ? link.AxcelerateId : null,
                MarketingContactId = marketingContact(deal),
            });
        }

        return items;
    }

    /// <summary>Property values worth sending on a create: blanks are left out (a new record has nothing to clear).</summary>
    public static Dictionary<string, string?> NonBlank(IReadOnlyDictionary<string, string?> properties) =>
        properties.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
