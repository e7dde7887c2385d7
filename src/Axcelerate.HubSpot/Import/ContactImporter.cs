using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Records;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Import;

/// <summary>
/// HubSpot contacts to aXcelerate contacts, matched by email. aXcelerate's contact search filters by one email at a
/// time, so an unlinked record costs one search, unless the run reads the whole account once (a page of 100 contacts
/// per call) because that costs fewer calls than the searches it saves; linked records are read a page at a time by id.
/// </summary>
internal sealed class ContactImporter(IAxcelerateClient axcelerate, IMatchRule<ContactMatchCandidate> rule, IRecordLinkStore links)
    : EntityImporter(links)
{
    private const string EmailProperty = "email";

    /// <summary>aXcelerate's largest contact search page.</summary>
    internal const int AccountPageSize = 100;

    /// <summary>
    /// The fewest searches a run must be expected to need before it reads the whole account instead: below this the
    /// searches are cheap anyway, and an account larger than expected cannot waste many reads.
    /// </summary>
    internal const int MinimumSearchesForAccountRead = 200;

    public override MappedEntity Entity => MappedEntity.Contact;

    protected override string Noun => "contact";

    public override IReadOnlyList<string> KeyProperties { get; } = [EmailProperty];

    public override IHubSpotObjectClient Source(IHubSpotClient hubSpot) => hubSpot.Contacts;

    protected override (string? Key, string? Missing) KeyOf(HubSpotObject record) =>
        MatchKeys.Email(record.GetProperty(EmailProperty)) is { } email
            ? (email, null)
            : (null, "The HubSpot contact has no email address, so it cannot be matched; it was not imported to avoid a duplicate.");

    protected override async Task<IReadOnlyDictionary<long, AxcelerateView>> ReadCurrentAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var contacts = await axcelerate.Contacts.GetManyAsync(ids, cancellationToken).ConfigureAwait(false);
        return contacts.ToDictionary(c => c.ContactId, View);
    }

    protected override Task<IReadOnlyList<AxcelerateView>> FindAsync(HubSpotObject record, string key, IReadOnlyDictionary<string, string?> view, CancellationToken cancellationToken) =>
        FindAsync(record, key, view, run: null, cancellationToken);

    protected override async Task<IReadOnlyList<AxcelerateView>> FindAsync(HubSpotObject record, string key, IReadOnlyDictionary<string, string?> view, ImportRun? run, CancellationToken cancellationToken)
    {
        var found = run?.Find(key) ?? (await axcelerate.Contacts.FindByEmailAsync(key, cancellationToken).ConfigureAwait(false)).Candidates.Select(View).ToList();
        var candidates = found.ToDictionary(v => v.Id.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var matched = rule.Match(
            new ContactMatchCandidate(record.Id, record.GetProperty(EmailProperty), view),
            candidates.Values.Select(v => new ContactMatchCandidate(v.Id.ToString(CultureInfo.InvariantCulture), ((AxcelerateContact)v.Record).EmailAddress, v.Fields)));
        return matched.Candidates.Select(c => candidates[c.Id]).ToList();
    }

    protected override async Task<long> CreateAsync(MappingResult values, object? state, CancellationToken cancellationToken)
    {
        var created = await axcelerate.Contacts.CreateAsync(RecordWrites.ToContactWrite(values), cancellationToken: cancellationToken).ConfigureAwait(false);
        return created.ContactId;
    }

    protected override async Task<string?> UpdateAsync(AxcelerateView current, MappingResult changes, CancellationToken cancellationToken)
    {
        await axcelerate.Contacts.UpdateAsync(current.Id, RecordWrites.ToContactWrite(changes), cancellationToken).ConfigureAwait(false);
        return null;
    }

    protected override string? KeyOf(AxcelerateView target) => MatchKeys.Email(target.Fields.GetValueOrDefault("EMAILADDRESS"));

    // The searches this run is expected to need (the current page's share of unmatched records, over the records the
    // run has left) against reading the account: it is read when the searches are many, and given up (searching per
    // record after all) once it has cost half of them, so an account far larger than the run wastes at most that half.
    protected override async Task PrepareMatchingAsync(int unmatched, int pageRecords, ImportRun run, CancellationToken cancellationToken)
    {
        if (run.IndexDecided || run.RemainingRecords is not { } remaining || pageRecords == 0)
        {
            return;
        }

        var expectedSearches = remaining * unmatched / pageRecords;
        if (expectedSearches < MinimumSearchesForAccountRead)
        {
            return;
        }

        run.IndexDecided = true;
        var budget = expectedSearches / 2;
        var index = new MatchIndex();
        var pages = 0;
        await foreach (var page in axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch { PageSize = AccountPageSize }, cancellationToken).AsPages(null, AccountPageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var contact in page.Values)
            {
                index.Add(MatchKeys.Email(contact.EmailAddress), View(contact));
            }

            if (++pages >= budget && page.ContinuationToken is not null)
            {
                return; // larger than it is worth: search per record
            }
        }

        run.Index = index;
    }

    private static AxcelerateView View(AxcelerateContact contact) => new(contact.ContactId, RecordFields.From(contact), contact);
}
