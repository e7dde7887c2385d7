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

    // An organisation without a detail record has blank detail fields: blank HubSpot values are no change to them.
    protected override IReadOnlyDictionary<string, string?> ComparableFields(AxcelerateView target, MappingPlan plan)
    {
        if (((AxcelerateOrganisation)target.Record).Details.Count > 0)
        {
            return target.Fields;
        }

        var fields = new Dictionary<string, string?>(target.Fields, StringComparer.OrdinalIgnoreCase);
        foreach (var field in plan.Fields.Where(f => f.AxcelerateField.StartsWith(RecordFields.DetailPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            fields.TryAdd(field.AxcelerateField, null);
        }

        return fields;
    }

    protected override Task<long> CreateAsync(MappingResult values, object? state, CancellationToken cancellationToken) =>
        axcelerate.Organisations.CreateAsync(RecordWrites.ToOrganisationWrites(values).Organisation, cancellationToken);

    // aXcelerate keeps phone and address in a detail record, created separately; HubSpot's company address is a street address.
    protected override Task<string?> CompleteCreateAsync(long id, MappingResult values, CancellationToken cancellationToken) =>
        CreateDetailAsync(id, values, cancellationToken);

    protected override async Task<string?> UpdateAsync(AxcelerateView current, MappingResult changes, CancellationToken cancellationToken)
    {
        var (organisation, detail) = RecordWrites.ToOrganisationWrites(changes);
        if (changes.Values.Keys.Any(k => !k.StartsWith(RecordFields.DetailPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            await axcelerate.Organisations.UpdateAsync(current.Id, organisation, cancellationToken).ConfigureAwait(false);
        }

        if (detail is null)
        {
            return null;
        }

        var existing = ((AxcelerateOrganisation)current.Record).Details;
        if (existing.Count == 0)
        {
            return await CreateDetailAsync(current.Id, changes, cancellationToken).ConfigureAwait(false);
        }

        await axcelerate.Organisations.UpdateDetailAsync(current.Id, existing[0].DetailId, detail, cancellationToken).ConfigureAwait(false);
        return null;
    }

    // A new detail carries only the values HubSpot has (blanks clear nothing there) and needs address line 1.
    private async Task<string?> CreateDetailAsync(long id, MappingResult values, CancellationToken cancellationToken)
    {
        var detailValues = values.Values.Where(p => p.Key.StartsWith(RecordFields.DetailPrefix, StringComparison.OrdinalIgnoreCase) && p.Value.Length > 0).ToList();
        if (detailValues.Count == 0)
        {
            return null;
        }

        var (_, detail) = RecordWrites.ToOrganisationWrites(values);
        if (string.IsNullOrWhiteSpace(detail?.Address1))
        {
            var fields = string.Join(", ", detailValues.Select(p => p.Key[RecordFields.DetailPrefix.Length..]));
            return $"Not written: {fields}. aXcelerate keeps them in an address detail, which needs address line 1, and the HubSpot company has no address.";
        }

        detail.Type ??= AxcelerateOrganisationDetailWrite.StreetAddress;
        await axcelerate.Organisations.CreateDetailAsync(id, detail, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static AxcelerateView View(AxcelerateOrganisation organisation) => new(organisation.OrganisationId, RecordFields.From(organisation), organisation);
}
