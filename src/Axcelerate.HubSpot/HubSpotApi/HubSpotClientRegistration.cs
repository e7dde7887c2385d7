using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Registers the HubSpot client; called by <c>AddHubSpotIntegration</c>, safe to call repeatedly.</summary>
internal static class HubSpotClientRegistration
{
    /// <summary>The name of the <see cref="HttpClient"/> behind the HubSpot client.</summary>
    public const string HttpClientName = "Axcelerate.HubSpot.HubSpot";

    public static IHttpClientBuilder Register(IServiceCollection services) => services.AddHttpClient(HttpClientName);
}
