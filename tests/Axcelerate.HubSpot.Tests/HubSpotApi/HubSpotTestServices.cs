using Axcelerate.HubSpot.TestKit.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

/// <summary>
/// The HubSpot settings the stub tests start from, and a <see cref="StubHost"/> configured from them through the real
/// <c>AddHubSpotIntegration(IConfiguration)</c>, with only the HubSpot client's primary handler stubbed.
/// </summary>
public static class HubSpotTestServices
{
    public const string AccessToken = "pat-na1-SECRET-static-token-0001";
    public const string ClientSecret = "client-SECRET-0002";

    /// <summary>The settings every test starts from: a static token and valid settings for both halves.</summary>
    public static Dictionary<string, string?> BaseSettings(string apiVersion = "2026-03") => new()
    {
        ["HubSpotIntegration:HubSpot:BaseUrl"] = "https://hubspot.test",
        ["HubSpotIntegration:HubSpot:AccessToken"] = AccessToken,
        ["HubSpotIntegration:HubSpot:ApiVersion"] = apiVersion,
        ["HubSpotIntegration:HubSpot:SearchRequestsPerSecond"] = "10000",
        ["HubSpotIntegration:HubSpot:Tier"] = "ApiLimitIncrease",
        ["HubSpotIntegration:Axcelerate:BaseUrl"] = "http://127.0.0.1:1/api",
        ["HubSpotIntegration:Axcelerate:ApiToken"] = "axc-api-token",
        ["HubSpotIntegration:Axcelerate:WsToken"] = "axc-ws-token",
    };

    public static Dictionary<string, string?> OAuthSettings(string apiVersion = "2026-03")
    {
        var settings = BaseSettings(apiVersion);
        settings.Remove("HubSpotIntegration:HubSpot:AccessToken");
        settings["HubSpotIntegration:HubSpot:ClientId"] = "client-id-123";
        settings["HubSpotIntegration:HubSpot:ClientSecret"] = ClientSecret;
        settings["HubSpotIntegration:HubSpot:RedirectUri"] = "https://host.test/hubspot/callback";
        settings["HubSpotIntegration:HubSpot:Scopes:0"] = "crm.objects.contacts.read";
        settings["HubSpotIntegration:HubSpot:Scopes:1"] = "crm.objects.contacts.write";
        return settings;
    }

    public static StubHost Create(Dictionary<string, string?>? settings = null, int registrations = 1, Action<IServiceCollection>? before = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? BaseSettings()).Build();
        return StubHost.Create(
            services => services.AddHubSpotIntegration(configuration),
            StubbedClients.HubSpot,
            now: new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero),
            services: before,
            registrations: registrations);
    }
}
