using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.TestKit.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

/// <summary>
/// A <see cref="StubHost"/> for the aXcelerate client's stub tests: the real <c>AddHubSpotIntegration</c> registration
/// with these tokens and only the aXcelerate client's primary handler stubbed (answering <c>[]</c> unless told otherwise).
/// </summary>
internal static class AxcelerateTestHost
{
    public const string ApiToken = "api-TOKEN-9f8e7d6c";
    public const string WsToken = "ws-TOKEN-1a2b3c4d";
    public const string DefaultBaseUrl = "https://college.app.axcelerate.com/api";

    public static StubHost Create(Action<AxcelerateOptions>? configure = null, string baseUrl = DefaultBaseUrl)
    {
        var host = StubHost.Create(
            services => services.AddHubSpotIntegration(o =>
            {
                o.HubSpot.AccessToken = "pat-test";
                o.Axcelerate.BaseUrl = new Uri(baseUrl);
                o.Axcelerate.ApiToken = ApiToken;
                o.Axcelerate.WsToken = WsToken;
                o.Axcelerate.RequestsPerSecond = 1000;
                configure?.Invoke(o.Axcelerate);
            }),
            StubbedClients.Axcelerate);
        host.Http.Fallback = _ => StubHandler.Json("[]");
        return host;
    }
}
