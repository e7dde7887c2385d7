using System.Net;
using Axcelerate.HubSpot.TestKit.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Tests.Users;

/// <summary>
/// A <see cref="StubHost"/> for the administration services: the real <c>AddHubSpotIntegration</c> registration with an
/// in-memory store, configured from an in-memory configuration (also registered in the container), and one stub behind
/// both clients that answers HubSpot's "not found" to anything no route covers. Runs on the real clock.
/// </summary>
internal static class AdministrationTestHost
{
    public const string HubSpotBase = "https://hubspot.test";
    public const string AxcelerateBase = "https://college.app.axcelerate.com/api";

    public static StubHost Create(StubHandler http, Dictionary<string, string?>? extraSettings = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:BaseUrl"] = HubSpotBase,
            ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-na1-test-token",
            ["HubSpotIntegration:HubSpot:SearchRequestsPerSecond"] = "10000",
            ["HubSpotIntegration:HubSpot:Tier"] = "ApiLimitIncrease",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = AxcelerateBase,
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "axc-api-token",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "axc-ws-token",
            ["HubSpotIntegration:Axcelerate:RequestsPerSecond"] = "1000",
        };
        foreach (var (key, value) in extraSettings ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        http.Fallback = _ => StubHandler.Json("""{"status":"error","message":"Not found","category":"OBJECT_NOT_FOUND"}""", HttpStatusCode.NotFound);
        return StubHost.Create(
            services => services.AddHubSpotIntegration(configuration).UseInMemoryStore(),
            StubbedClients.Both,
            http,
            fakeClock: false,
            minimumLevel: LogLevel.Debug,
            services: collection =>
            {
                collection.AddSingleton<IConfiguration>(configuration);
                services?.Invoke(collection);
            });
    }
}
