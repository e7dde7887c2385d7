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
        IntegrationSandboxOptions? sandboxOptions = null;
        await using var host = await SandboxHost.StartAsync(
            sandbox: o =>
            {
                o.TimeProvider = clock;
                sandboxOptions = o;
            },
            integration: o =>
            {
                o.HubSpot.AccessToken = null;
                o.HubSpot.ApiVersion = apiVersion;
                o.HubSpot.ClientId = sandboxOptions!.HubSpot.OAuthClientId;
                o.HubSpot.ClientSecret = sandboxOptions.HubSpot.OAuthClientSecret;
                o.HubSpot.RedirectUri = new Uri("https://host.test/hubspot/callback");
                o.HubSpot.Scopes = ["crm.objects.contacts.read", "crm.objects.contacts.write"];
                o.HubSpot.AuthorizationEndpoint = new Uri(o.HubSpot.BaseUrl, "oauth/authorize");
            },
            services: s => s.AddSingleton<TimeProvider>(clock));
        var sandbox = host.Sandbox;
        var client = host.HubSpot;

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
        await using var hs = await SandboxHost.StartAsync(
            sandbox: o => o.HubSpot.OAuthRedirectUri = new Uri("https://host.test"),
            integration: o =>
            {
                o.HubSpot.AccessToken = null;
                o.HubSpot.ClientId = "sandbox-client-id";
                o.HubSpot.ClientSecret = "sandbox-client-secret";
                o.HubSpot.RedirectUri = new Uri("https://host.test");   // the app's setting has no trailing slash
                o.HubSpot.AuthorizationEndpoint = new Uri(o.HubSpot.BaseUrl, "oauth/authorize");
            });

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = await browser.GetAsync(hs.HubSpot.OAuth.GetAuthorizationUrl(state: "s2"));
        authorize.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "HubSpot accepts only the redirect URL of the app's settings, character for character");
        var code = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["code"]!;
        await hs.HubSpot.OAuth.ExchangeCodeAsync(code);
        await hs.HubSpot.OAuth.RevokeAsync();

        (await hs.HubSpot.OAuth.IsAuthorizedAsync()).Should().BeFalse();
        hs.Sandbox.HubSpot.Journal.Entries.Should().ContainSingle(e => e.Path.EndsWith("/token/revoke", StringComparison.Ordinal))
            .Which.FormParameters.Should().ContainKeys("client_id", "client_secret", "token");
    }
}
