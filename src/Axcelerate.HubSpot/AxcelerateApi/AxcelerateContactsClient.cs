using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateContactsClient"/>.</summary>
internal sealed class AxcelerateContactsClient(AxcelerateTransport transport) : IAxcelerateContactsClient
{
    private const int MaxPageSize = 100;

    public Task<AxcelerateContact?> GetAsync(long contactId, CancellationToken cancellationToken = default) =>
        transport.GetOrDefaultAsync<AxcelerateContact>(api => api.GetContact(contactId, cancellationToken), cancellationToken);

    public async Task<AxcelerateContactReference> CreateAsync(AxcelerateContactWrite contact, bool checkEmailAddressUnique = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (string.IsNullOrWhiteSpace(contact.GivenName) || string.IsNullOrWhiteSpace(contact.Surname))
        {
            throw new ArgumentException("aXcelerate needs a given name and a surname to create a contact.", nameof(contact));
        }

        var form = contact.ToForm();
        if (checkEmailAddressUnique)
        {
            form.Add("checkEmailAddressUnique", true);
        }

        return await ReadReferenceAsync(api => api.CreateContact(form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<AxcelerateContactReference> UpdateAsync(long contactId, AxcelerateContactWrite changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var form = changes.ToForm();
        return ReadReferenceAsync(api => api.UpdateContact(contactId, form.ToContent(), cancellationToken), cancellationToken, contactId);
    }

    public AsyncPageable<AxcelerateContact> SearchAsync(AxcelerateContactSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var pageSize = PageSize(search.PageSize, nameof(search));
        var filters = search.ToQuery();
        return transport.Pageable<AxcelerateContact>(
            (api, offset, size, token) => api.SearchContacts(Page(filters, offset, size), token),
            pageSize,
            MaxPageSize,
            c => c.ContactId,
            rowsCarryCount: false,
            cancellationToken);
    }

    public AsyncPageable<AxcelerateContact> ListChangedSinceAsync(DateOnly since, AxcelerateContactSearch? filters = null, CancellationToken cancellationToken = default)
    {
        var search = filters ?? new AxcelerateContactSearch();
        if (search.LastUpdated is not null)
        {
            throw new ArgumentException("Leave LastUpdated unset: the walk sets it to each day from 'since' through today.", nameof(filters));
        }

        var pageSize = PageSize(search.PageSize, nameof(filters));
        var query = search.ToQuery();
        return transport.DayWindows<AxcelerateContact>(
            since,
            (api, day, offset, size, token) =>
            {
                var page = Page(query, offset, size);
                page["lastUpdated"] = AxcelerateDates.FormatDate(day);
                return api.SearchContacts(page, token);
            },
            pageSize,
            MaxPageSize,
            c => c.ContactId,
            cancellationToken);
    }

    public async Task<IReadOnlyList<AxcelerateContact>> GetManyAsync(IEnumerable<long> contactIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        var contacts = new List<AxcelerateContact>();
        foreach (var chunk in contactIds.Distinct().Chunk(MaxPageSize))
        {
            // One page per chunk: a chunk never has more than displayLength contacts.
            var query = Page(new AxcelerateForm().AddList("contactIDs", chunk), 0, MaxPageSize);
            contacts.AddRange(await transport.GetListAsync<AxcelerateContact>(api => api.SearchContacts(query, cancellationToken), cancellationToken).ConfigureAwait(false));
        }

        return contacts;
    }

    public async Task<MatchResult<AxcelerateContact>> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var wanted = MatchKeys.Email(email);
        var matches = new List<AxcelerateContact>();
        await foreach (var contact in SearchAsync(new AxcelerateContactSearch { EmailAddress = email.Trim() }, cancellationToken).ConfigureAwait(false))
        {
            if (MatchKeys.Email(contact.EmailAddress) == wanted)
            {
                matches.Add(contact);
            }
        }

        return MatchResult.From<AxcelerateContact>(matches);
    }

    public async Task<long> AddNoteAsync(long contactId, string note, long? noteTypeId = null, IReadOnlyList<long>? emailNoteTo = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        var form = new AxcelerateForm()
            .Add("contactID", contactId)
            .Add("contactNote", note)
            .Add("noteTypeID", noteTypeId)
            .AddList("emailNote", emailNoteTo is { Count: > 0 } ? emailNoteTo : null);
        var result = await transport.WriteAsync(api => api.AddContactNote(form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
        return result.NoteId ?? throw new AxcelerateApiException(System.Net.HttpStatusCode.OK, "POST /contact/note/", "aXcelerate did not return the new NOTEID.", result.Message, null);
    }

    public AsyncPageable<AxcelerateContactNote> ListNotesAsync(long contactId, AxcelerateContactNoteQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new AxcelerateContactNoteQuery();
        var pageSize = PageSize(query.PageSize, nameof(query));
        var filters = new AxcelerateForm()
            .Add("search", query.Search)
            .Add("hideSystemNotes", query.HideSystemNotes)
            .Add("purgeCache", query.PurgeCache);
        return transport.Pageable<AxcelerateContactNote>(
            (api, offset, size, token) => api.GetContactNotes(contactId, Page(filters, offset, size), token),
            pageSize,
            MaxPageSize,
            n => n.Id,
            rowsCarryCount: true,
            cancellationToken);
    }

    public async Task<IReadOnlyList<AxcelerateNoteType>> GetNoteTypesAsync(CancellationToken cancellationToken = default) =>
        await transport.GetListAsync<AxcelerateNoteType>(api => api.GetNoteTypes(cancellationToken), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<AxcelerateContactSource>> GetSourcesAsync(bool? onlyActive = null, bool? onlyPublic = null, CancellationToken cancellationToken = default)
    {
        var query = new AxcelerateForm().Add("onlyPublic", onlyPublic).Add("onlyActive", onlyActive).ToQuery();
        return await transport.GetListAsync<AxcelerateContactSource>(api => api.GetContactSources(query, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AxcelerateContactMerge>> GetMergeHistoryAsync(DateOnly from, DateOnly to, long? oldContactId = null, long? currentContactId = null, CancellationToken cancellationToken = default)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The last day must not be before the first day.");
        }

        var form = new AxcelerateForm()
            .Add("dateStart", AxcelerateDates.FormatDate(from) + " 00:00:00")
            .Add("dateEnd", AxcelerateDates.FormatDate(to) + " 23:59:59")
            .Add("oldContactID", oldContactId)
            .Add("currentContactID", currentContactId);
        var rows = await transport.GetListAsync<AxcelerateContactMerge>(api => api.GetContactMergeHistory(form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);

        // aXcelerate answers [{"merged": false}] when nothing was merged.
        return rows.Where(r => r.OldContactId != 0 && r.CurrentContactId != 0).ToList();
    }

    internal static Dictionary<string, string> Page(AxcelerateForm filters, int offset, int displayLength)
    {
        var query = filters.ToQuery();
        query["offset"] = AxcelerateFieldText.Invariant(offset);
        query["displayLength"] = AxcelerateFieldText.Invariant(displayLength);
        return query;
    }

    internal static int PageSize(int requested, string parameterName) =>
        requested is >= 1 and <= MaxPageSize
            ? requested
            : throw new ArgumentOutOfRangeException(parameterName, requested, "PageSize must be between 1 and 100 (aXcelerate's maximum).");

    private async Task<AxcelerateContactReference> ReadReferenceAsync(Func<IAxcelerateApi, Task<HttpResponseMessage>> call, CancellationToken cancellationToken, long? knownId = null)
    {
        var root = await transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        var reference = transport.Json.ReadList<AxcelerateContactReference>(root) is [var first, ..] ? first : null;
        if (reference is { ContactId: > 0 })
        {
            return reference;
        }

        return knownId is { } id
            ? new AxcelerateContactReference { ContactId = id }
            : throw new AxcelerateApiException(System.Net.HttpStatusCode.OK, "POST /contact/", "aXcelerate did not return the new CONTACTID.", null, null);
    }
}
