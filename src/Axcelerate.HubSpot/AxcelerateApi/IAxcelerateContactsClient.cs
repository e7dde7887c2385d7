using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>aXcelerate contacts (<c>/contact</c>, <c>/contacts/search</c>, notes, merge history).</summary>
public interface IAxcelerateContactsClient
{
    /// <summary>Reads a contact.</summary>
    /// <param name="contactId">The contact id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact, or <see langword="null"/> when aXcelerate has none with this id (204 or 404).</returns>
    Task<AxcelerateContact?> GetAsync(long contactId, CancellationToken cancellationToken = default);

    /// <summary>Creates a contact (aXcelerate never de-duplicates on create).</summary>
    /// <param name="contact">The fields; <see cref="AxcelerateContactWrite.GivenName"/> and <see cref="AxcelerateContactWrite.Surname"/> are required.</param>
    /// <param name="checkEmailAddressUnique">Sends <c>checkEmailAddressUnique=true</c>: aXcelerate then refuses an email address already in use.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new contact's id and names; read the contact for the full record.</returns>
    /// <remarks>Creates are not retried after a 503 or a network failure, so a create never runs twice.</remarks>
    Task<AxcelerateContactReference> CreateAsync(AxcelerateContactWrite contact, bool checkEmailAddressUnique = false, CancellationToken cancellationToken = default);

    /// <summary>Updates a contact; only the non-null fields of <paramref name="changes"/> are sent.</summary>
    /// <param name="contactId">The contact id.</param>
    /// <param name="changes">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What aXcelerate returns (id, names, email).</returns>
    Task<AxcelerateContactReference> UpdateAsync(long contactId, AxcelerateContactWrite changes, CancellationToken cancellationToken = default);

    /// <summary>Streams every contact matching the filters, page by page (<c>offset</c>/<c>displayLength</c>); resumable.</summary>
    /// <param name="search">The filters (text filters are "equals or starts with").</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The contacts, fetched lazily; an empty search (204) yields nothing.</returns>
    AsyncPageable<AxcelerateContact> SearchAsync(AxcelerateContactSearch search, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the contacts changed since a day: aXcelerate's <c>lastUpdated</c> filter matches one day, so this walks
    /// one-day windows from <paramref name="since"/> through today (account time zone), paging each. The continuation
    /// token carries the day and offset, so a poller can store it and resume; start the next poll at the day of its last run.
    /// </summary>
    /// <param name="since">The first day to read (inclusive).</param>
    /// <param name="filters">Further filters (leave <see cref="AxcelerateContactSearch.LastUpdated"/> unset), or null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The contacts, day by day, each id at most once per walk.</returns>
    AsyncPageable<AxcelerateContact> ListChangedSinceAsync(DateOnly since, AxcelerateContactSearch? filters = null, CancellationToken cancellationToken = default);

    /// <summary>Reads many contacts by id with <c>contactIDs</c>, 100 per request.</summary>
    /// <param name="contactIds">The ids; duplicates are ignored.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The contacts found (missing ids are simply absent).</returns>
    Task<IReadOnlyList<AxcelerateContact>> GetManyAsync(IEnumerable<long> contactIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds the contacts whose <c>EMAILADDRESS</c> equals <paramref name="email"/>, ignoring case. aXcelerate's search
    /// matches "starts with" (<c>a@b.com</c> also finds <c>a@b.com.au</c>); the client keeps only exact matches.
    /// </summary>
    /// <param name="email">The address.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>None, Unique or Ambiguous, compared with <see cref="MatchKeys.Email"/> like the email match rule.</returns>
    Task<MatchResult<AxcelerateContact>> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Adds a note to a contact (<c>POST /contact/note/</c>).</summary>
    /// <param name="contactId">The contact.</param>
    /// <param name="note">The note text.</param>
    /// <param name="noteTypeId">The note type (aXcelerate defaults to 88, System Note); see <see cref="GetNoteTypesAsync"/>.</param>
    /// <param name="emailNoteTo">Contact ids to email the note to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new note id.</returns>
    Task<long> AddNoteAsync(long contactId, string note, long? noteTypeId = null, IReadOnlyList<long>? emailNoteTo = null, CancellationToken cancellationToken = default);

    /// <summary>Streams a contact's notes, page by page until the rows' <c>COUNT</c> is reached; resumable.</summary>
    /// <param name="contactId">The contact.</param>
    /// <param name="query">Optional filters; <see langword="null"/> for all notes.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The notes.</returns>
    AsyncPageable<AxcelerateContactNote> ListNotesAsync(long contactId, AxcelerateContactNoteQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the note types configured in the account.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note types.</returns>
    Task<IReadOnlyList<AxcelerateNoteType>> GetNoteTypesAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the account's marketing sources (values for <c>SourceCodeID</c>).</summary>
    /// <param name="onlyActive"><c>onlyActive</c> (aXcelerate default true).</param>
    /// <param name="onlyPublic"><c>onlyPublic</c> (aXcelerate default true).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sources.</returns>
    Task<IReadOnlyList<AxcelerateContactSource>> GetSourcesAsync(bool? onlyActive = null, bool? onlyPublic = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the contact merges between two days (<c>POST /log/contactMergeHistory</c>, at most 500 rows) so links to
    /// merged-away contacts can be re-pointed.
    /// </summary>
    /// <param name="from">First day (sent as <c>yyyy-MM-dd 00:00:00</c>).</param>
    /// <param name="to">Last day, inclusive (sent as <c>yyyy-MM-dd 23:59:59</c>).</param>
    /// <param name="oldContactId">Only merges of this old contact.</param>
    /// <param name="currentContactId">Only merges into this contact.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The merges; empty when there were none.</returns>
    Task<IReadOnlyList<AxcelerateContactMerge>> GetMergeHistoryAsync(DateOnly from, DateOnly to, long? oldContactId = null, long? currentContactId = null, CancellationToken cancellationToken = default);
}
