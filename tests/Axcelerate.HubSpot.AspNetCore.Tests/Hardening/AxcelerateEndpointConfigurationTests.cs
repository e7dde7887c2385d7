using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AspNetCore.Tests.Hardening;

/// <summary>
/// <c>MapAxcelerateWebhooks</c> without <c>HubSpotIntegration:AxcelerateWebhooks:SigningKey</c> fails when the host
/// starts, naming the setting, as <c>MapHubSpotWebhooks</c> does without the client secret (it answered 500 to every delivery).
/// </summary>
public sealed class AxcelerateEndpointConfigurationTests
{
    [Fact]
    public async Task Mapping_the_aXcelerate_endpoint_without_its_key_fails_at_start_naming_the_setting_with_the_other_problems()
    {
        await using var app = Build(new() { ["HubSpotIntegration:Import:PageSize"] = "0" });
        app.MapAxcelerateWebhooks();

        var start = () => app.StartAsync();

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Failures.Should().Contain(f => f.Contains("HubSpotIntegration:AxcelerateWebhooks:SigningKey is required when MapAxcelerateWebhooks is mapped", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("HubSpotIntegration:Import:PageSize", StringComparison.Ordinal))
            .And.NotContain(f => f.Contains("ClientSecret", StringComparison.Ordinal), "only the aXcelerate endpoint is mapped");
    }

    [Fact]
    public async Task Both_endpoints_without_their_secrets_name_both_settings()
    {
        await using var app = Build([]);
        app.MapHubSpotWebhooks();
        app.MapAxcelerateWebhooks();

        var start = () => app.StartAsync();

        var failure = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Failures.Should().Contain(f => f.Contains("HubSpotIntegration:HubSpot:ClientSecret", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("HubSpotIntegration:AxcelerateWebhooks:SigningKey", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("HubSpotIntegration:AxcelerateWebhooks:SigningKey", "ax-private-key-7d21")]
    [InlineData("HubSpotIntegration:AxcelerateWebhooks:AcceptUnsigned", "true")]
    public async Task With_a_key_or_unsigned_deliveries_accepted_the_host_starts(string key, string value)
    {
        await using var app = Build(new() { [key] = value });
        app.MapAxcelerateWebhooks();

        await app.StartAsync();
        await app.StopAsync();
    }

    [Fact]
    public async Task Without_the_endpoint_a_host_needs_no_aXcelerate_key()
    {
        await using var app = Build(new() { ["HubSpotIntegration:HubSpot:ClientSecret"] = "hubspot-app-secret" });
        app.MapHubSpotWebhooks();

        await app.StartAsync();
        await app.StopAsync();
    }

    private static WebApplication Build(Dictionary<string, string?> settings) => ConfiguredWebApp.Build(settings);
}
