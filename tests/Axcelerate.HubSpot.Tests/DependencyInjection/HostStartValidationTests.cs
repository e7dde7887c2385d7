using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.DependencyInjection;

/// <summary>A host that starts with bad integration settings fails at start, before any request, naming each key.</summary>
public sealed class HostStartValidationTests
{
    [Fact]
    public async Task A_host_with_missing_settings_fails_to_start_and_names_every_missing_key()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = "http://127.0.0.1:5072/api",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "api-test",
        });
        builder.Services.AddHubSpotIntegration(builder.Configuration).UseInMemoryStore();
        using var host = builder.Build();

        var start = () => host.StartAsync();

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Message.Should().Contain("HubSpotIntegration:HubSpot:AccessToken is required")
            .And.Contain("HubSpotIntegration:Axcelerate:WsToken is required");
    }

    [Fact]
    public async Task A_host_with_complete_settings_starts()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-test",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = "http://127.0.0.1:5072/api",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "api-test",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "ws-test",
        });
        builder.Services.AddHubSpotIntegration(builder.Configuration).UseInMemoryStore();
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        host.Services.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value.HubSpot.AccessToken.Should().Be("pat-test");
    }
}
