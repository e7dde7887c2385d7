using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary><c>HubSpotIntegration:AxcelerateWebhooks</c> is checked at start, naming the key and never showing the signing key.</summary>
public sealed class AxcelerateWebhookOptionsTests
{
    [Theory]
    [InlineData("MaxBodyBytes", "HubSpotIntegration:AxcelerateWebhooks:MaxBodyBytes")]
    [InlineData("SigningKey", "HubSpotIntegration:AxcelerateWebhooks:SigningKey")]
    [InlineData("SignatureScheme", "HubSpotIntegration:AxcelerateWebhooks:SignatureScheme")]
    public void A_bad_option_fails_naming_its_key(string option, string key)
    {
        using var provider = Provider(o =>
        {
            switch (option)
            {
                case "MaxBodyBytes": o.AxcelerateWebhooks.MaxBodyBytes = 10; break;
                case "SigningKey": o.AxcelerateWebhooks.SigningKey = "   "; break;
                case "SignatureScheme": o.AxcelerateWebhooks.SignatureScheme = (AxcelerateSignatureScheme)42; break;
            }
        });

        var read = () => provider.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle(f => f.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void The_defaults_refuse_unsigned_deliveries_and_allow_1_MB()
    {
        var options = new HubSpotIntegrationOptions().AxcelerateWebhooks;

        options.SigningKey.Should().BeNull();
        options.AcceptUnsigned.Should().BeFalse();
        options.SignatureScheme.Should().Be(AxcelerateSignatureScheme.HmacSha256Hex);
        options.MaxBodyBytes.Should().Be(1024 * 1024);
    }

    [Fact]
    public async Task Mapping_the_endpoint_without_the_integration_says_what_to_register()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        var map = () => app.MapAxcelerateWebhooks();

        map.Should().Throw<InvalidOperationException>().WithMessage("*AddHubSpotIntegration*");
    }

    private static ServiceProvider Provider(Action<HubSpotIntegrationOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = "token";
            o.Axcelerate.ApiToken = "api";
            o.Axcelerate.WsToken = "ws";
            configure(o);
        }).UseInMemoryStore();
        return services.BuildServiceProvider();
    }
}
