using Microsoft.AspNetCore.Builder;
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

    private static WebApplication Build(Dictionary<string, string?> settings) => ConfiguredWebApp.Build(settings);
}
