using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Registers the aXcelerate client; called by <c>AddHubSpotIntegration</c>, safe to call repeatedly.</summary>
internal static class AxcelerateClientRegistration
{
    /// <summary>The name of the <see cref="HttpClient"/> behind the aXcelerate client.</summary>
    public const string HttpClientName = "Axcelerate.HubSpot.Axcelerate";

    public static IHttpClientBuilder Register(IServiceCollection services) => services.AddHttpClient(HttpClientName);
}
