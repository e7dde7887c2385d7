using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>Owners over <see cref="IHubSpotOwnersApi"/>.</summary>
internal sealed class HubSpotOwnerClient(IHubSpotApi api, HubSpotPaths paths) : IHubSpotOwnerClient
{
    internal const int PageSize = 100;
    internal const int MaxPageSize = 500;

    public AsyncPageable<HubSpotOwner> ListAsync(bool archived = false, CancellationToken cancellationToken = default) =>
        AsyncPageable.Create<HubSpotOwner>(async (after, pageSizeHint, ct) =>
        {
            var limit = Math.Clamp(pageSizeHint ?? PageSize, 1, MaxPageSize);
            var page = await api.ListOwnersAsync(paths.Owners, limit, after, null, HubSpotObjectClient.Flag(archived), ct).ConfigureAwait(false);
            return new Page<HubSpotOwner>(page.Results, page.Paging?.Next?.After);
        }, cancellationToken);

    public Task<HubSpotOwner?> GetAsync(string ownerId, CancellationToken cancellationToken = default) =>
        GetAsync(ownerId, archived: false, cancellationToken);

    public async Task<HubSpotOwner?> GetAsync(string ownerId, bool archived, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        try
        {
            return await api.GetOwnerAsync(paths.Owners, ownerId, HubSpotObjectClient.Flag(archived), cancellationToken).ConfigureAwait(false);
        }
        catch (HubSpotApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<HubSpotOwner?> GetByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var page = await api.ListOwnersAsync(paths.Owners, PageSize, null, email, null, cancellationToken).ConfigureAwait(false);
        return page.Results.FirstOrDefault(o => string.Equals(o.Email, email, StringComparison.OrdinalIgnoreCase));
    }
}
