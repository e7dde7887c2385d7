using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Records;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Import;

/// <summary>
/// HubSpot companies to aXcelerate organisations, matched by normalised name (<see cref="MatchKeys.OrganisationName"/>).
/// aXcelerate reads organisations one at a time by id, with their details (phone, address).
/// </summary>
internal sealed class OrganisationImporter(IAxcelerateClient axcelerate, IMatchRule<OrganisationMatchCandidate> rule, IRecordLinkStore links)
    : EntityImporter(links)
{
    private const string NameProperty = "name";

    public override MappedEntity Entity => MappedEntity.Organisation;

    protected override string Noun => "organisation";

    public override IReadOnlyList<string> KeyProperties { get; } = [NameProperty];

    public override IHubSpotObjectClient Source(IHubSpotClient hubSpot) => hubSpot.Companies;

    protected override (string? Key, string? Missing) KeyOf(HubSpotObject record) =>
        MatchKeys.OrganisationName(record.GetProperty(NameProperty)) is not null
            ? (record.GetProperty(NameProperty)!.Trim(), null)
            : (null, "The HubSpot company has no name, so it cannot be matched; it was not imported.");

    protected override async Task<IReadOnlyDictionary<long, AxcelerateView>> ReadCurrentAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var views = new Dictionary<long, AxcelerateView>();
        foreach (var id in ids)
        {
            if (await axcelerate.Organisations.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } organisation)
            {
                views[id] = View(organisation);
            }
        }

        return views;
    }

    protected override async Task<IReadOnlyList<AxcelerateView>> FindAsync(HubSpotObject record, string key, IReadOnlyDictionary<string, string?> view, CancellationToken cancellationToken)
    {
        var found = await axcelerate.Organisations.FindByNameAsync(key, cancellationToken).ConfigureAwait(false);
        var candidates = found.Candidates.ToDictionary(o => o.OrganisationId.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var matched = rule.Match(
            new OrganisationMatchCandidate(record.Id, key, view),
            candidates.Values.Select(o => new OrganisationMatchCandidate(o.OrganisationId.ToString(CultureInfo.InvariantCulture), o.Name, RecordFields.From(o))));
        if (matched.Outcome != MatchOutcome.Unique)
        {
            return matched.Candidates.Select(c => View(candidates[c.Id])).ToList();
        }

        // Search results may lack the details (phone, address) the mappings compare; read the one match in full.
        var id = candidates[matched.Candidates[0].Id].OrganisationId;
        var full = await axcelerate.Organisations.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return [View(full ?? candidates[matched.Candidates[0].Id])];
    }

    protected override async Task<long> CreateAsync(MappingResult values, CancellationToken cancellationToken)
    {
        var (organisation, detail) = RecordWrites.ToOrganisationWrites(values);
        var id = await axcelerate.Organisations.CreateAsync(organisation, cancellationToken).ConfigureAwait(false);
        if (detail is not null)
        {
            await axcelerate.Organisations.CreateDetailAsync(id, detail, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    protected override async Task UpdateAsync(AxcelerateView current, MappingResult changes, CancellationToken cancellationToken)
    {
        var (organisation, detail) = RecordWrites.ToOrganisationWrites(changes);
        if (changes.Values.Keys.Any(k => !k.StartsWith(RecordFields.DetailPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            await axcelerate.Organisations.UpdateAsync(current.Id, organisation, cancellationToken).ConfigureAwait(false);
        }

        if (detail is not null)
        {
            var existing = ((AxcelerateOrganisation)current.Record).Details;
            if (existing.Count > 0)
            {
                await axcelerate.Organisations.UpdateDetailAsync(current.Id, existing[0].DetailId, detail, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await axcelerate.Organisations.CreateDetailAsync(current.Id, detail, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static AxcelerateView View(AxcelerateOrganisation organisation) => new(organisation.OrganisationId, RecordFields.From(organisation), organisation);
}
