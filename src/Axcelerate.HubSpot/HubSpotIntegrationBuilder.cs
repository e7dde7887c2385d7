using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot;

/// <summary>
/// Returned by <c>AddHubSpotIntegration</c>: chooses the store and exposes the HTTP client builders so a host can add
/// handlers, replace the primary handler or tune resilience.
/// </summary>
public sealed class HubSpotIntegrationBuilder
{
    internal HubSpotIntegrationBuilder(IServiceCollection services, IHttpClientBuilder hubSpotHttpClient, IHttpClientBuilder axcelerateHttpClient)
    {
        Services = services;
        HubSpotHttpClient = hubSpotHttpClient;
        AxcelerateHttpClient = axcelerateHttpClient;
    }

    /// <summary>The service collection the integration is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The named <see cref="HttpClient"/> behind <c>IHubSpotClient</c>.</summary>
    public IHttpClientBuilder HubSpotHttpClient { get; }

    /// <summary>The named <see cref="HttpClient"/> behind <c>IAxcelerateClient</c>.</summary>
    public IHttpClientBuilder AxcelerateHttpClient { get; }
}
