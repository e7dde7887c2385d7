using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Marketing follow-ups (<c>/followUps/</c>, <c>/followUp/{id}</c>), read-only: the way to list a contact's opportunities.</summary>
public interface IAxcelerateFollowUpsClient
{
    /// <summary>Streams follow-ups (<c>GET /followUps/</c>), page by page until the rows' <c>COUNT</c> is reached; resumable.</summary>
    /// <param name="contactId"><c>contactID</c>: follow-ups about this client contact.</param>
    /// <param name="ownerContactId"><c>WhoseTask_ContactID</c>: follow-ups owned by this user's contact id.</param>
    /// <param name="search"><c>search</c>: a search term.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The follow-ups (none on 204).</returns>
    AsyncPageable<AxcelerateFollowUp> ListAsync(long? contactId = null, long? ownerContactId = null, string? search = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one follow-up (<c>GET /followUp/{id}</c>).</summary>
    /// <param name="id">The <c>MTASKID</c> (legacy) or task id (new task system).</param>
    /// <param name="legacyTask"><c>legacyTask</c>: true for a legacy follow-up, false for the new task system.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The follow-up, or <see langword="null"/> when missing.</returns>
    Task<AxcelerateFollowUp?> GetAsync(long id, bool legacyTask = true, CancellationToken cancellationToken = default);
}
