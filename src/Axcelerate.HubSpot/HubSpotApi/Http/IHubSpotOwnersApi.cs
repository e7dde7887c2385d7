using Refit;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>Owner endpoints; <c>root</c> is <see cref="HubSpotPaths.Owners"/>.</summary>
internal interface IHubSpotOwnersApi
{
    [Get("/{**root}")]
    Task<CollectionPage<HubSpotOwner>> ListOwnersAsync(string root, int limit, string? after, string? email, string? archived, CancellationToken cancellationToken);

    [Get("/{**root}/{ownerId}")]
    Task<HubSpotOwner> GetOwnerAsync(string root, string ownerId, string? archived, CancellationToken cancellationToken);
}
