using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>Property definitions over <see cref="IHubSpotPropertiesApi"/>.</summary>
internal sealed class HubSpotPropertyClient(IHubSpotApi api, HubSpotPaths paths) : IHubSpotPropertyClient
{
    public async Task<IReadOnlyList<HubSpotProperty>> GetPropertiesAsync(string objectType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        var response = await api.ListPropertiesAsync(paths.Properties, objectType, null, cancellationToken).ConfigureAwait(false);
        return response.Results;
    }

    public async Task<HubSpotProperty?> GetAsync(string objectType, string propertyName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        try
        {
            return await api.GetPropertyAsync(paths.Properties, objectType, propertyName, cancellationToken).ConfigureAwait(false);
        }
        catch (HubSpotApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task<HubSpotProperty> CreateAsync(string objectType, HubSpotPropertyCreate property, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        ArgumentNullException.ThrowIfNull(property);
        return api.CreatePropertyAsync(paths.Properties, objectType, property, cancellationToken);
    }
}
