using System.Text.Json;
using System.Web;

namespace Axcelerate.HubSpot.Sample.Tests;

/// <summary><c>oauth url</c> and <c>oauth exchange</c> run as processes against the standalone sandbox's OAuth server.</summary>
public sealed class SampleOAuthCommandTests
{
    [Fact]
    public async Task Oauth_url_then_exchange_keeps_the_grant_in_the_store_and_the_other_commands_use_it()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var server = await StandaloneSandbox.StartAsync(timeout.Token, "--contacts", "10", "--companies", "3", "--deals", "3");
        var environment = new Dictionary<string, string>(server.Environment);
        environment.Remove("HubSpotIntegration__HubSpot__AccessToken");
        environment["HubSpotIntegration__HubSpot__ClientId"] = "sandbox-client-id";
        environment["HubSpotIntegration__HubSpot__ClientSecret"] = "sandbox-client-secret";
        environment["HubSpotIntegration__HubSpot__RedirectUri"] = "https://app.example.com/callback";
        environment["HubSpotIntegration__HubSpot__AuthorizationEndpoint"] = $"{server.HubSpot.TrimEnd('/')}/oauth/authorize";

        var url = await ProcessRunner.RunSampleAsync(environment, ["oauth", "url", "--state", "csrf-42", "--json", "--store", server.Store], timeout.Token);
        url.ExitCode.Should().Be(0, url.Error);
        using var urlJson = JsonDocument.Parse(url.Out);
        urlJson.RootElement.GetProperty("state").GetString().Should().Be("csrf-42");
        var address = new Uri(urlJson.RootElement.GetProperty("url").GetString()!);
        var query = HttpUtility.ParseQueryString(address.Query);
        query["client_id"].Should().Be("sandbox-client-id");
        query["redirect_uri"].Should().Be("https://app.example.com/callback");
        query["state"].Should().Be("csrf-42");

        // The administrator approves in the browser; the sandbox's authorise page redirects at once with a code.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var approved = await browser.GetAsync(address, timeout.Token);
        var redirect = HttpUtility.ParseQueryString(approved.Headers.Location!.Query);
        redirect["state"].Should().Be("csrf-42");
        var code = redirect["code"]!;

        var exchange = await ProcessRunner.RunSampleAsync(environment, ["oauth", "exchange", code, "--json", "--store", server.Store], timeout.Token);
        exchange.ExitCode.Should().Be(0, exchange.Error);
        using var grant = JsonDocument.Parse(exchange.Out);
        grant.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("hubId", "expiresAt", "scopes");
        grant.RootElement.GetProperty("hubId").GetInt64().Should().BePositive();
        exchange.Out.Should().NotContain("token", "the grant's tokens are never printed");

        var again = await ProcessRunner.RunSampleAsync(environment, ["oauth", "exchange", code, "--store", server.Store], timeout.Token);
        again.ExitCode.Should().Be(1, "a code works once");
        again.Error.TrimEnd().Should().StartWith("error: ").And.Contain("invalid_grant").And.NotContain("\n");

        // Without an access token, the other commands run on the stored grant.
        var users = await ProcessRunner.RunSampleAsync(environment, ["users", "--store", server.Store], timeout.Token);
        users.ExitCode.Should().Be(0, users.Error);
        users.Out.Should().Contain("active aXcelerate user(s)");
    }

    [Fact]
    public async Task Oauth_says_which_setting_is_missing_and_needs_a_step()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var nothing = new Dictionary<string, string>();
        var url = await ProcessRunner.RunSampleAsync(nothing, ["oauth", "url"], timeout.Token);
        url.ExitCode.Should().Be(1);
        url.Error.Should().Contain("HubSpotIntegration__HubSpot__ClientId is not set");

        var exchange = await ProcessRunner.RunSampleAsync(
            new Dictionary<string, string> { ["HubSpotIntegration__HubSpot__ClientId"] = "id", ["HubSpotIntegration__HubSpot__RedirectUri"] = "https://app.example.com/callback" },
            ["oauth", "exchange", "some-code"],
            timeout.Token);
        exchange.ExitCode.Should().Be(1);
        exchange.Error.Should().Contain("HubSpotIntegration__HubSpot__ClientSecret is not set");

        var bare = await ProcessRunner.RunSampleAsync(nothing, ["oauth"], timeout.Token);
        bare.ExitCode.Should().Be(2);
        bare.Error.Should().Contain("oauth needs a step");
    }
}
