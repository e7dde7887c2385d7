using System.Globalization;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Paging;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Engagements;

/// <summary>Reads a linked record's engagements from HubSpot in batches and builds its view.</summary>
internal sealed class EngagementService(
    IHubSpotClient hubSpot,
    IRecordLinkStore links,
    HubSpotRecordAddresses addresses,
    ILogger<EngagementService> logger) : IEngagementService
{
    public AsyncPageable<Engagement> ListContactEngagementsAsync(long contactId, CancellationToken cancellationToken = default) =>
        new EngagementPageable(ct => LoadAsync(MappedEntity.Contact, contactId, ct), cancellationToken);

    public AsyncPageable<Engagement> ListOrganisationEngagementsAsync(long organisationId, CancellationToken cancellationToken = default) =>
        new EngagementPageable(ct => LoadAsync(MappedEntity.Organisation, organisationId, ct), cancellationToken);

    private async Task<IReadOnlyList<Engagement>> LoadAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken)
    {
        var link = await links.FindByAxcelerateIdAsync(entity, axcelerateId, cancellationToken).ConfigureAwait(false)
            ?? throw new EngagementRecordNotLinkedException(entity, axcelerateId);

        // The records whose engagements the view shows, the viewed one first.
        List<SourceGroup> groups = entity == MappedEntity.Contact
            ? await ContactGroupsAsync(link.HubSpotId, cancellationToken).ConfigureAwait(false)
            : [new SourceGroup("companies", [new EngagementSource(EngagementSourceKind.Company, link.HubSpotId, null)])];

        // Every (record type → engagement type) association read at once; the client splits ids into HubSpot's batches.
        var associationReads = EngagementKind.All
            .SelectMany(kind => groups.Where(g => g.Sources.Count > 0).Select(group => (Kind: kind, Group: group)))
            .Select(async pair => (pair.Kind, pair.Group, Result: await hubSpot.Associations.BatchReadAsync(
                pair.Group.ObjectType, pair.Kind.ObjectType, pair.Group.Sources.Select(s => s.HubSpotId), cancellationToken).ConfigureAwait(false)))
            .ToList();
        var associations = await Task.WhenAll(associationReads).ConfigureAwait(false);

        // Each engagement once, with every source it was found on (in group order: viewed record, companies, deals).
        var found = EngagementKind.All.ToDictionary(k => k, _ => new Dictionary<string, List<EngagementSource>>(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            foreach (var (kind, _, result) in associations.Where(a => a.Group == group))
            {
                Warn(result.Errors, $"{group.ObjectType}->{kind.ObjectType} associations");
                var byRecord = result.Results.ToDictionary(r => r.FromId, StringComparer.Ordinal);
                foreach (var source in group.Sources)
                {
                    foreach (var association in byRecord.GetValueOrDefault(source.HubSpotId)?.To ?? [])
                    {
                        var sources = found[kind].TryGetValue(association.ToObjectId, out var list) ? list : found[kind][association.ToObjectId] = [];
                        if (!sources.Contains(source))
                        {
                            sources.Add(source);
                        }
                    }
                }
            }
        }

        // The engagements themselves: one batch read per type (100 ids per request), only the properties shown.
        var objectReads = EngagementKind.All.Where(k => found[k].Count > 0)
            .Select(async kind => (Kind: kind, Result: await hubSpot.Objects(kind.ObjectType).BatchReadAsync(
                found[kind].Keys, new HubSpotGetOptions { Properties = [.. kind.Properties] }, cancellationToken).ConfigureAwait(false)))
            .ToList();
        var records = await Task.WhenAll(objectReads).ConfigureAwait(false);
        foreach (var (kind, result) in records)
        {
            // An engagement deleted between the two reads is simply not shown.
            Warn(result.Errors.Where(e => e.Category != "OBJECT_NOT_FOUND").ToList(), kind.ObjectType);
        }

        var owners = await OwnerNamesAsync(records.SelectMany(r => r.Result.Results).Select(EngagementKind.OwnerOf).OfType<string>().ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        var html = new HtmlText();
        var account = await addresses.AccountAsync(cancellationToken).ConfigureAwait(false);
        var view = new List<Engagement>();
        foreach (var (kind, result) in records)
        {
            foreach (var record in result.Results)
            {
                if (!found[kind].TryGetValue(record.Id, out var sources))
                {
                    continue;
                }

                var owner = EngagementKind.OwnerOf(record) is { } ownerId ? owners.GetValueOrDefault(ownerId) : null;
                view.Add(kind.ToEngagement(record, html, owner, sources, UiAddress(account, sources[0], record.Id)));
            }
        }

        view.Sort((a, b) => EngagementKey.Of(a).CompareTo(EngagementKey.Of(b)));
        var recordCount = groups.Sum(g => g.Sources.Count);
        EngagementLog.ViewRead(logger, entity, axcelerateId, view.Count, recordCount);
        return view;
    }

    // The contact itself, then its companies and deals (with their names for the view's "from" column).
    private async Task<List<SourceGroup>> ContactGroupsAsync(string contactId, CancellationToken cancellationToken)
    {
        var companiesRead = hubSpot.Associations.BatchReadAsync("contacts", "companies", [contactId], cancellationToken);
        var dealsRead = hubSpot.Associations.BatchReadAsync("contacts", "deals", [contactId], cancellationToken);
        var companyIds = Associated(await companiesRead.ConfigureAwait(false), "contacts->companies");
        var dealIds = Associated(await dealsRead.ConfigureAwait(false), "contacts->deals");

        var companyNames = NamesAsync(hubSpot.Companies, companyIds, "name", cancellationToken);
        var dealNames = NamesAsync(hubSpot.Deals, dealIds, "dealname", cancellationToken);
        var companies = await companyNames.ConfigureAwait(false);
        var deals = await dealNames.ConfigureAwait(false);
        return
        [
            new SourceGroup("contacts", [new EngagementSource(EngagementSourceKind.Contact, contactId, null)]),
            new SourceGroup("companies", [.. companyIds.Select(id => new EngagementSource(EngagementSourceKind.Company, id, companies.GetValueOrDefault(id)))]),
            new SourceGroup("deals", [.. dealIds.Select(id => new EngagementSource(EngagementSourceKind.Deal, id, deals.GetValueOrDefault(id)))]),
        ];
    }

    private List<string> Associated(HubSpotBatchResult<HubSpotAssociationSet> result, string what)
    {
        Warn(result.Errors, what);
        return [.. result.Results.SelectMany(r => r.To).Select(a => a.ToObjectId).Distinct(StringComparer.Ordinal)
            .OrderBy(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue).ThenBy(id => id, StringComparer.Ordinal)];
    }

    private static async Task<Dictionary<string, string?>> NamesAsync(IHubSpotObjectClient client, List<string> ids, string property, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await client.BatchReadAsync(ids, new HubSpotGetOptions { Properties = [property] }, cancellationToken).ConfigureAwait(false);
        return result.Results.ToDictionary(r => r.Id, r => r.GetProperty(property), StringComparer.Ordinal);
    }

    // Owners are listed once per view (active ones, then the deactivated ones only when an owner is still missing).
    private async Task<Dictionary<string, string>> OwnerNamesAsync(HashSet<string> ownerIds, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ownerIds.Count == 0)
        {
            return names;
        }

        foreach (var archived in new[] { false, true })
        {
            await foreach (var owner in hubSpot.Owners.ListAsync(archived, cancellationToken).ConfigureAwait(false))
            {
                if (ownerIds.Contains(owner.Id) && NameOf(owner) is { } name)
                {
                    names.TryAdd(owner.Id, name);
                }
            }

            if (ownerIds.All(names.ContainsKey))
            {
                break;
            }
        }

        return names;
    }

    private static string? NameOf(HubSpotOwner owner)
    {
        var name = string.Join(' ', new[] { owner.FirstName, owner.LastName }.Where(p => !string.IsNullOrWhiteSpace(p))).Trim();
        return name.Length > 0 ? name : string.IsNullOrWhiteSpace(owner.Email) ? null : owner.Email;
    }

    // HubSpot's record page of the source with the engagement opened, e.g.
    // https://app.hubspot.com/contacts/24680135/record/0-1/101/?engagement=9001
    private static Uri UiAddress(HubSpotRecordAddresses.Account account, EngagementSource source, string engagementId)
    {
        var typeId = source.Kind switch
        {
            EngagementSourceKind.Contact => "0-1",
            EngagementSourceKind.Company => "0-2",
            _ => "0-3",
        };
        return account.Record(typeId, source.HubSpotId, engagementId);
    }

    private void Warn(IReadOnlyList<HubSpotBatchError> errors, string what)
    {
        foreach (var error in errors)
        {
            EngagementLog.BatchError(logger, what, error.Id, error.Category, error.Message);
        }
    }

    private sealed record SourceGroup(string ObjectType, IReadOnlyList<EngagementSource> Sources);
}
