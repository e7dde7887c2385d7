using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.AspNetCore.Tests.Hardening;

/// <summary>A web app on 127.0.0.1 with the SDK registered from configuration: valid settings plus the test's own.</summary>
internal static class ConfiguredWebApp
{
    public static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var all = new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-hardening-token",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = "http://127.0.0.1:1/api",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "axc-hardening-api",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "axc-hardening-ws",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        builder.Services.AddHubSpotIntegration(configuration.GetSection("HubSpotIntegration")).UseInMemoryStore();
        return builder.Build();
    }
}
