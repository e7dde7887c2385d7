using Refit;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>Property endpoints; <c>root</c> is <see cref="HubSpotPaths.Properties"/>.</summary>
internal interface IHubSpotPropertiesApi
{
    [Get("/{**root}/{objectType}")]
    Task<ResultsList<HubSpotProperty>> ListPropertiesAsync(string root, string objectType, string? archived, CancellationToken cancellationToken);

    [Get("/{**root}/{objectType}/{propertyName}")]
    Task<HubSpotProperty> GetPropertyAsync(string root, string objectType, string propertyName, CancellationToken cancellationToken);

    [Post("/{**root}/{objectType}")]
    Task<HubSpotProperty> CreatePropertyAsync(string root, string objectType, [Body] HubSpotPropertyCreate body, CancellationToken cancellationToken);
}
