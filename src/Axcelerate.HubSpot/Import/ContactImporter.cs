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
/// time, so each unlinked record costs one search; linked records are read a page at a time by id.
/// </summary>
internal sealed class ContactImporter(IAxcelerateClient axcelerate, IMatchRule<ContactMatchCandidate> rule, IRecordLinkStore links)
    : EntityImporter(links)
{
    private const string EmailProperty = "email";

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

    protected override async Task<IReadOnlyList<AxcelerateView>> FindAsync(HubSpotObject record, string key, IReadOnlyDictionary<string, string?> view, CancellationToken cancellationToken)
    {
        var found = await axcelerate.Contacts.FindByEmailAsync(key, cancellationToken).ConfigureAwait(false);
        var candidates = found.Candidates.Select(View).ToDictionary(v => v.Id.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
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

    private static AxcelerateView View(AxcelerateContact contact) => new(contact.ContactId, RecordFields.From(contact), contact);
}
