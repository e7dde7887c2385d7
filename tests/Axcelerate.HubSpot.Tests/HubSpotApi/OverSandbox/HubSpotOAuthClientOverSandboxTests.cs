using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>The client's OAuth flow against the emulator's authorize and token endpoints.</summary>
public sealed class HubSpotOAuthClientOverSandboxTests
{
    [Theory]
    [InlineData("2026-03")]
    [InlineData("v3")]
    public async Task Client_exchanges_a_code_calls_the_api_refreshes_after_expiry_and_revokes(string apiVersion)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var sandbox = await IntegrationSandbox.StartAsync(new IntegrationSandboxOptions { TimeProvider = clock });
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
            o.HubSpot.ApiVersion = apiVersion;
            o.HubSpot.ClientId = sandbox.HubSpot.Options.OAuthClientId;
            o.HubSpot.ClientSecret = sandbox.HubSpot.Options.OAuthClientSecret;
            o.HubSpot.RedirectUri = new Uri("https://host.test/hubspot/callback");
            o.HubSpot.Scopes = ["crm.objects.contacts.read", "crm.objects.contacts.write"];
            o.HubSpot.AuthorizationEndpoint = new Uri(sandbox.HubSpot.BaseAddress, "oauth/authorize");
            o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
            o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
            o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IHubSpotClient>();

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = await browser.GetAsync(client.OAuth.GetAuthorizationUrl(state: "s1"));
        var callback = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query);
        callback["state"].Should().Be("s1");

        var tokens = await client.OAuth.ExchangeCodeAsync(callback["code"]!);
        var firstPage = await client.Contacts.ListPageAsync();
        clock.Advance(TimeSpan.FromMinutes(31));
        var afterExpiry = await client.Contacts.ListPageAsync();
        await client.OAuth.RevokeAsync();

        tokens.Should().NotBeNull();
        firstPage.Results.Should().BeEmpty();
        afterExpiry.Results.Should().BeEmpty("the client refreshes the expired token and the call succeeds");
        sandbox.HubSpot.Journal.Entries.Count(e => e.Path.Contains("/oauth/", StringComparison.Ordinal) && e.Path.EndsWith("token", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Client_sends_the_redirect_uri_exactly_as_configured_and_revokes_with_client_credentials()
    {
        await using var hs = await SandboxHubSpotClient.StartAsync(
            o => o.HubSpot.OAuthRedirectUri = new Uri("https://host.test"),
            o =>
            {
                o.AccessToken = null;
                o.ClientId = "sandbox-client-id";
                o.ClientSecret = "sandbox-client-secret";
                o.RedirectUri = new Uri("https://host.test");   // the app's setting has no trailing slash
                o.AuthorizationEndpoint = new Uri(o.BaseUrl, "oauth/authorize");
            });

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = await browser.GetAsync(hs.Client.OAuth.GetAuthorizationUrl(state: "s2"));
        authorize.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "HubSpot accepts only the redirect URL of the app's settings, character for character");
        var code = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["code"]!;
        await hs.Client.OAuth.ExchangeCodeAsync(code);
        await hs.Client.OAuth.RevokeAsync();

        (await hs.Client.OAuth.IsAuthorizedAsync()).Should().BeFalse();
        hs.Sandbox.HubSpot.Journal.Entries.Should().ContainSingle(e => e.Path.EndsWith("/token/revoke", StringComparison.Ordinal))
            .Which.FormParameters.Should().ContainKeys("client_id", "client_secret", "token");
    }
}
