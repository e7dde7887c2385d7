using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AspNetCore.Tests.Hardening;

/// <summary>What a mapped webhook endpoint needs is checked when the host starts, with the other settings.</summary>
public sealed class EndpointConfigurationTests
{
    [Fact]
    public async Task Mapping_the_HubSpot_endpoint_without_the_client_secret_fails_at_start_with_the_other_problems()
    {
        await using var app = Build(new() { ["HubSpotIntegration:Import:PageSize"] = "0" });
        app.MapHubSpotWebhooks();

        var start = () => app.StartAsync();

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Failures.Should().Contain(f => f.Contains("HubSpotIntegration:HubSpot:ClientSecret is required when MapHubSpotWebhooks is mapped", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("HubSpotIntegration:Import:PageSize", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_endpoint_a_host_needs_no_client_secret()
    {
        await using var app = Build([]);

        await app.StartAsync();
        await app.StopAsync();
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
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
