using Axcelerate.HubSpot.HubSpotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

public sealed class HubSpotOptionsValidationTests
{
    [Theory]
    [InlineData("HubSpotIntegration:HubSpot:AccessToken", null, "HubSpotIntegration:HubSpot:AccessToken is required")]
    [InlineData("HubSpotIntegration:HubSpot:BaseUrl", "ftp://hubspot.test", "HubSpotIntegration:HubSpot:BaseUrl must be an absolute http or https URL")]
    [InlineData("HubSpotIntegration:HubSpot:ApiVersion", "v4", "HubSpotIntegration:HubSpot:ApiVersion must be '2026-03' or 'v3'")]
    [InlineData("HubSpotIntegration:HubSpot:MaxRetries", "-1", "HubSpotIntegration:HubSpot:MaxRetries must be between 0 and 10")]
    public void Fails_with_a_message_naming_the_key(string key, string? value, string expected)
    {
        var settings = HubSpotTestServices.BaseSettings();
        settings[key] = value;
        using var hs = HubSpotTestServices.Create(settings);

        var act = () => hs.Services.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void OAuth_needs_the_client_secret_and_redirect_uri()
    {
        var settings = HubSpotTestServices.OAuthSettings();
        settings.Remove("HubSpotIntegration:HubSpot:ClientSecret");
        settings.Remove("HubSpotIntegration:HubSpot:RedirectUri");
        using var hs = HubSpotTestServices.Create(settings);

        var act = () => hs.Services.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        var message = act.Should().Throw<OptionsValidationException>().Which.Message;
        message.Should().Contain("HubSpotIntegration:HubSpot:ClientSecret is required").And.Contain("HubSpotIntegration:HubSpot:RedirectUri must be");
    }

    [Fact]
    public void Accepts_OAuth_settings_and_binds_every_key()
    {
        var settings = HubSpotTestServices.OAuthSettings("v3");
        settings["HubSpotIntegration:HubSpot:Tier"] = "Professional";
        settings["HubSpotIntegration:HubSpot:MaxRetries"] = "2";
        settings["HubSpotIntegration:HubSpot:BaseDelay"] = "00:00:00.250";
        using var hs = HubSpotTestServices.Create(settings);

        var options = hs.Services.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value.HubSpot;

        options.ApiVersion.Should().Be("v3");
        options.ClientId.Should().Be("client-id-123");
        options.RedirectUri.Should().Be(new Uri("https://host.test/hubspot/callback"));
        options.Scopes.Should().Equal("crm.objects.contacts.read", "crm.objects.contacts.write");
        options.Tier.Should().Be(HubSpotTier.Professional);
        options.MaxRetries.Should().Be(2);
        options.BaseDelay.Should().Be(TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public void Defaults_to_the_date_based_api_version()
    {
        new HubSpotOptions().ApiVersion.Should().Be("2026-03");
        new HubSpotOptions().BaseUrl.Should().Be(new Uri("https://api.hubapi.com"));
    }

    [Fact]
    public void ToString_never_prints_the_token_or_the_client_secret()
    {
        var options = new HubSpotOptions { AccessToken = HubSpotTestServices.AccessToken, ClientId = "id", ClientSecret = HubSpotTestServices.ClientSecret };

        var text = options.ToString();

        text.Should().NotContain(HubSpotTestServices.AccessToken).And.NotContain(HubSpotTestServices.ClientSecret).And.Contain("(set)");
    }
}
