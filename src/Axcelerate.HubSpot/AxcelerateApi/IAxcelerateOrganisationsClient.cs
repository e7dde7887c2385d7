using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>aXcelerate organisations (<c>/organisation</c>, <c>/organisations/</c>) and their detail records.</summary>
public interface IAxcelerateOrganisationsClient
{
    /// <summary>Reads an organisation with its details and categories.</summary>
    /// <param name="organisationId">The organisation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organisation, or <see langword="null"/> when there is none (204 or 404).</returns>
    Task<AxcelerateOrganisation?> GetAsync(long organisationId, CancellationToken cancellationToken = default);

    /// <summary>Creates an organisation; <see cref="AxcelerateOrganisationWrite.Name"/> is required. Never retried blindly.</summary>
    /// <param name="organisation">The fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new organisation id.</returns>
    Task<long> CreateAsync(AxcelerateOrganisationWrite organisation, CancellationToken cancellationToken = default);

    /// <summary>Updates an organisation; only non-null fields are sent.</summary>
    /// <param name="organisationId">The organisation id.</param>
    /// <param name="changes">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when aXcelerate accepted the change.</returns>
    Task UpdateAsync(long organisationId, AxcelerateOrganisationWrite changes, CancellationToken cancellationToken = default);

    /// <summary>Streams every organisation matching the filters, page by page until the rows' <c>COUNT</c> is reached; resumable.</summary>
    /// <param name="search">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The organisations.</returns>
    AsyncPageable<AxcelerateOrganisation> SearchAsync(AxcelerateOrganisationSearch search, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds organisations whose name has the same <see cref="MatchKeys.OrganisationName"/> key as <paramref name="name"/>
    /// ("Acme Pty. Ltd." finds "ACME PTY LTD"), the comparison the organisation-name match rule makes.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>None, Unique or Ambiguous.</returns>
    Task<MatchResult<AxcelerateOrganisation>> FindByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Reads an organisation with its child organisations (<c>/organisation/{id}/children/</c>).</summary>
    /// <param name="organisationId">The parent organisation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The children (empty when none).</returns>
    Task<IReadOnlyList<AxcelerateOrganisation>> GetChildrenAsync(long organisationId, CancellationToken cancellationToken = default);

    /// <summary>Reads one detail record.</summary>
    /// <param name="organisationId">The organisation id.</param>
    /// <param name="detailId">The detail id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The detail, or <see langword="null"/> when missing.</returns>
    Task<AxcelerateOrganisationDetail?> GetDetailAsync(long organisationId, long detailId, CancellationToken cancellationToken = default);

    /// <summary>Creates a detail record (address, phone, fax, email); type and address line 1 are required.</summary>
    /// <param name="organisationId">The organisation id.</param>
    /// <param name="detail">The fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new detail id.</returns>
    Task<long> CreateDetailAsync(long organisationId, AxcelerateOrganisationDetailWrite detail, CancellationToken cancellationToken = default);

    /// <summary>Updates a detail record; only non-null fields are sent.</summary>
    /// <param name="organisationId">The organisation id.</param>
    /// <param name="detailId">The detail id.</param>
    /// <param name="changes">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when aXcelerate accepted the change.</returns>
    Task UpdateDetailAsync(long organisationId, long detailId, AxcelerateOrganisationDetailWrite changes, CancellationToken cancellationToken = default);
}
