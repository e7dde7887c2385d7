using System.Net;
using System.Runtime.CompilerServices;
using Axcelerate.HubSpot.HubSpotApi.Http;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>Owners over <see cref="IHubSpotOwnersApi"/>.</summary>
internal sealed class HubSpotOwnerClient(IHubSpotApi api, HubSpotPaths paths) : IHubSpotOwnerClient
{
    internal const int PageSize = 100;

    public async IAsyncEnumerable<HubSpotOwner> ListAsync(bool archived = false, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        do
        {
            var page = await api.ListOwnersAsync(paths.Owners, PageSize, after, null, HubSpotObjectClient.Flag(archived), cancellationToken).ConfigureAwait(false);
            foreach (var owner in page.Results)
            {
                yield return owner;
            }

            after = page.Paging?.Next?.After;
        }
        while (after is not null);
    }

    public async Task<HubSpotOwner?> GetAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        try
        {
            return await api.GetOwnerAsync(paths.Owners, ownerId, cancellationToken).ConfigureAwait(false);
        }
        catch (HubSpotApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<HubSpotOwner?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var page = await api.ListOwnersAsync(paths.Owners, PageSize, null, email, null, cancellationToken).ConfigureAwait(false);
        return page.Results.FirstOrDefault(o => string.Equals(o.Email, email, StringComparison.OrdinalIgnoreCase));
    }
}
