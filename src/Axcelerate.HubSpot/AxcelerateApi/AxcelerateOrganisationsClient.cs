using System.Net;
using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateOrganisationsClient"/>.</summary>
internal sealed class AxcelerateOrganisationsClient(AxcelerateTransport transport) : IAxcelerateOrganisationsClient
{
    public Task<AxcelerateOrganisation?> GetAsync(long organisationId, CancellationToken cancellationToken = default) =>
        transport.GetOrDefaultAsync<AxcelerateOrganisation>(api => api.GetOrganisation(organisationId, cancellationToken), cancellationToken);

    public async Task<long> CreateAsync(AxcelerateOrganisationWrite organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (string.IsNullOrWhiteSpace(organisation.Name))
        {
            throw new ArgumentException("aXcelerate needs a name to create an organisation.", nameof(organisation));
        }

        var form = organisation.ToForm();
        var result = await transport.WriteAsync(api => api.CreateOrganisation(form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
        return result.OrgId ?? throw new AxcelerateApiException(HttpStatusCode.OK, "POST /organisation/", "aXcelerate did not return the new ORGID.", result.Message, null);
    }

    public async Task UpdateAsync(long organisationId, AxcelerateOrganisationWrite changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var form = changes.ToForm();
        await transport.WriteAsync(api => api.UpdateOrganisation(organisationId, form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public AsyncPageable<AxcelerateOrganisation> SearchAsync(AxcelerateOrganisationSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var pageSize = AxcelerateContactsClient.PageSize(search.PageSize, nameof(search));
        var filters = search.ToQuery();
        return transport.Pageable<AxcelerateOrganisation>(
            (api, offset, size, token) => api.SearchOrganisations(AxcelerateContactsClient.Page(filters, offset, size), token),
            pageSize,
            100,
            o => o.OrganisationId,
            rowsCarryCount: true,
            cancellationToken);
    }

    public async Task<MatchResult<AxcelerateOrganisation>> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var wanted = MatchKeys.OrganisationName(name)
            ?? throw new ArgumentException($"'{name}' has no letters or digits to match an organisation name by.", nameof(name));

        // aXcelerate matches "equals or starts with" on the raw text, so "ACME PTY LTD" is not found by "Acme Pty. Ltd.":
        // search by the leading run of plain letters and digits (which both spellings share), then compare normalised
        // names exactly as the organisation-name match rule does.
        var matches = new List<AxcelerateOrganisation>();
        await foreach (var organisation in SearchAsync(new AxcelerateOrganisationSearch { Name = SearchPrefix(name) }, cancellationToken).ConfigureAwait(false))
        {
            if (MatchKeys.OrganisationName(organisation.Name) == wanted)
            {
                matches.Add(organisation);
            }
        }

        return MatchResult.From<AxcelerateOrganisation>(matches);
    }

    /// <summary>The leading ASCII letters and digits of a name; null (no filter: every organisation is compared) when it starts otherwise.</summary>
    internal static string? SearchPrefix(string name)
    {
        var trimmed = name.Trim();
        var length = 0;
        while (length < trimmed.Length && char.IsAsciiLetterOrDigit(trimmed[length]))
        {
            length++;
        }

        return length == 0 ? null : trimmed[..length];
    }

    public async Task<IReadOnlyList<AxcelerateOrganisation>> GetChildrenAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        var parent = await transport.GetOrDefaultAsync<AxcelerateOrganisation>(api => api.GetOrganisationChildren(organisationId, cancellationToken), cancellationToken).ConfigureAwait(false);
        return parent?.Children ?? [];
    }

    public Task<AxcelerateOrganisationDetail?> GetDetailAsync(long organisationId, long detailId, CancellationToken cancellationToken = default) =>
        transport.GetOrDefaultAsync<AxcelerateOrganisationDetail>(api => api.GetOrganisationDetail(organisationId, detailId, cancellationToken), cancellationToken);

    public async Task<long> CreateDetailAsync(long organisationId, AxcelerateOrganisationDetailWrite detail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(detail);
        if (string.IsNullOrWhiteSpace(detail.Type) || string.IsNullOrWhiteSpace(detail.Address1))
        {
            throw new ArgumentException("aXcelerate needs a type ('Street Address' or 'Postal Address') and address line 1 to create an organisation detail.", nameof(detail));
        }

        var form = detail.ToForm();
        var result = await transport.WriteAsync(api => api.CreateOrganisationDetail(organisationId, form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
        return result.DetailId ?? throw new AxcelerateApiException(HttpStatusCode.OK, "POST /organisation/detail/", "aXcelerate did not return the new DETAILID.", result.Message, null);
    }

    public async Task UpdateDetailAsync(long organisationId, long detailId, AxcelerateOrganisationDetailWrite changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var form = changes.ToForm();
        await transport.WriteAsync(api => api.UpdateOrganisationDetail(organisationId, detailId, form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
    }
}
