using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.Engagements;

/// <summary>
/// The HubSpot engagements (notes, calls, emails, meetings and tasks) of a linked aXcelerate record, as aXcelerate's
/// "View Engagements" on a record's HubSpot profile shows them: newest first, plain text, each marked with the record
/// it was found on.
/// </summary>
/// <remarks>
/// A view reads everything once when its first page is asked for, in batches: the record's associations (v4 batch
/// read, per engagement type), the engagements (batch read, 100 per request, only the properties shown), the names of
/// the associated companies and deals, and the owners (listed once per view). Later pages of the same enumeration make
/// no further requests. A continuation token resumes after the last item of its page (by time and id), so items
/// added in between do not shift the pages.
/// </remarks>
public interface IEngagementService
{
    /// <summary>
    /// The engagements of a linked aXcelerate contact: those of its HubSpot contact plus those of every company and
    /// deal that contact is associated with, each once, newest first. 20 per page unless a page-size hint (1 to 100)
    /// says otherwise.
    /// </summary>
    /// <param name="contactId">The aXcelerate contact id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The engagements, read when the first page is asked for.</returns>
    /// <exception cref="EngagementRecordNotLinkedException">(When enumerated.) The contact is not linked to a HubSpot contact.</exception>
    AsyncPageable<Engagement> ListContactEngagementsAsync(long contactId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The engagements of a linked aXcelerate organisation: those of its HubSpot company, newest first. 20 per page
    /// unless a page-size hint (1 to 100) says otherwise.
    /// </summary>
    /// <param name="organisationId">The aXcelerate organisation id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The engagements, read when the first page is asked for.</returns>
    /// <exception cref="EngagementRecordNotLinkedException">(When enumerated.) The organisation is not linked to a HubSpot company.</exception>
    AsyncPageable<Engagement> ListOrganisationEngagementsAsync(long organisationId, CancellationToken cancellationToken = default);
}
