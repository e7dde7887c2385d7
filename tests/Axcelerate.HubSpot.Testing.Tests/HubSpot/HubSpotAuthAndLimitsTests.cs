using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

public sealed class HubSpotAuthAndLimitsTests
{
    [Fact]
    public async Task Missing_or_wrong_token_is_401_invalid_authentication()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        hs.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pat-wrong");

        var (wrong, body) = await hs.GetAsync("crm/v3/objects/contacts");
        hs.Http.DefaultRequestHeaders.Authorization = null;
        var (missing, _) = await hs.GetAsync("crm/v3/objects/contacts");

        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        missing.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ((string?)body!["category"]).Should().Be("INVALID_AUTHENTICATION");
        ((string?)body["status"]).Should().Be("error");
    }

    [Fact]
    public async Task Private_app_token_without_a_scope_gets_403_missing_scopes()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.HubSpot.PrivateAppScopes = ["crm.objects.contacts.read"]);

        var (read, _) = await hs.GetAsync("crm/v3/objects/contacts");
        var (write, body) = await hs.PostAsync("crm/v3/objects/deals", HubSpotSandboxFixture.Properties(("dealname", "x")));

        read.StatusCode.Should().Be(HttpStatusCode.OK);
        write.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ((string?)body!["category"]).Should().Be("MISSING_SCOPES");
        ((string?)body["errors"]![0]!["context"]!["requiredGranularScopes"]![0]).Should().Be("crm.objects.deals.write");
    }

    [Fact]
    public async Task OAuth_code_flow_issues_30_minute_tokens_that_expire_on_the_sandbox_clock_and_refresh()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = hs.HubSpot.BaseAddress };

        using var authorize = await noRedirect.GetAsync("oauth/authorize?client_id=sandbox-client-id&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=crm.objects.contacts.read&state=xyz");
        authorize.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = authorize.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).Should().Be("https://app.example.com/callback");
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        query["state"].Should().Be("xyz");

        async Task<JsonNode> TokenAsync(string version, params (string, string)[] fields)
        {
            using var content = new FormUrlEncodedContent([new("client_id", "sandbox-client-id"), new("client_secret", "sandbox-client-secret"), .. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
            using var response = await noRedirect.PostAsync($"oauth/{version}/token", content);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }

        var tokens = await TokenAsync("2026-03", ("grant_type", "authorization_code"), ("code", query["code"]!), ("redirect_uri", "https://app.example.com/callback"));
        ((int)tokens["expires_in"]!).Should().Be(1800);
        var access = (string)tokens["access_token"]!;
        var refresh = (string)tokens["refresh_token"]!;

        hs.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        (await hs.GetAsync("crm/v3/objects/contacts")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(31));
        var (expired, expiredBody) = await hs.GetAsync("crm/v3/objects/contacts");
        expired.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ((string?)expiredBody!["category"]).Should().Be("EXPIRED_AUTHENTICATION");
        ((string?)expiredBody["message"]).Should().Be("The OAuth token used to make this call expired 1 minute(s) ago.");

        var refreshed = await TokenAsync("v1", ("grant_type", "refresh_token"), ("refresh_token", refresh));
        hs.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)refreshed["access_token"]!);
        (await hs.GetAsync("crm/v3/objects/contacts")).Response.StatusCode.Should().Be(HttpStatusCode.OK);

        using var revoke = await noRedirect.DeleteAsync($"oauth/v1/refresh-tokens/{refresh}");
        revoke.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var afterRevoke = await TokenAsync("2026-03", ("grant_type", "refresh_token"), ("refresh_token", refresh));
        ((string?)afterRevoke["status"]).Should().Be("BAD_REFRESH_TOKEN");
        ((string?)afterRevoke["error"]).Should().Be("invalid_grant");

        var reusedCode = await TokenAsync("2026-03", ("grant_type", "authorization_code"), ("code", query["code"]!), ("redirect_uri", "https://app.example.com/callback"));
        ((string?)reusedCode["status"]).Should().Be("BAD_AUTH_CODE");
    }

    [Fact]
    public async Task Ten_secondly_limit_sends_headers_then_429_until_the_window_rolls()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.HubSpot.TenSecondlyLimit = 3;
        });

        var first = (await hs.GetAsync("crm/v3/objects/contacts")).Response;
        first.Headers.GetValues("X-HubSpot-RateLimit-Max").Should().Equal("3");
        first.Headers.GetValues("X-HubSpot-RateLimit-Remaining").Should().Equal("2");
        first.Headers.GetValues("X-HubSpot-RateLimit-Interval-Milliseconds").Should().Equal("10000");
        await hs.GetAsync("crm/v3/objects/contacts");
        await hs.GetAsync("crm/v3/objects/contacts");

        var (limited, body) = await hs.GetAsync("crm/v3/objects/contacts");
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        ((string?)body!["policyName"]).Should().Be("TEN_SECONDLY_ROLLING");
        ((string?)body["errorType"]).Should().Be("RATE_LIMIT");
        ((string?)body["message"]).Should().Be("You have reached your ten_secondly_rolling limit.");

        clock.Advance(TimeSpan.FromSeconds(10));
        (await hs.GetAsync("crm/v3/objects/contacts")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Daily_limit_answers_429_with_the_daily_policy()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.HubSpot.DailyLimit = 1);

        (await hs.GetAsync("crm/v3/owners")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
        var (limited, body) = await hs.GetAsync("crm/v3/owners");

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        ((string?)body!["policyName"]).Should().Be("DAILY");
        ((string?)body["message"]).Should().Be("You have reached your daily limit.");
    }

    [Fact]
    public async Task Search_has_its_own_per_second_limit_and_no_rate_limit_headers()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.HubSpot.SearchPerSecondLimit = 5;
            o.HubSpot.TenSecondlyLimit = 100;
        });

        for (var i = 0; i < 5; i++)
        {
            var (ok, _) = await hs.PostAsync("crm/v3/objects/contacts/search", new JsonObject());
            ok.StatusCode.Should().Be(HttpStatusCode.OK);
            ok.Headers.Should().NotContain(h => h.Key.StartsWith("X-HubSpot-RateLimit", StringComparison.OrdinalIgnoreCase));
        }

        var (limited, body) = await hs.PostAsync("crm/v3/objects/contacts/search", new JsonObject());
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        ((string?)body!["message"]).Should().Be("You have reached your secondly limit.");

        clock.Advance(TimeSpan.FromSeconds(1));
        (await hs.PostAsync("crm/v3/objects/contacts/search", new JsonObject())).Response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Injected_429_fault_uses_hubspots_ten_secondly_body()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        hs.HubSpot.Faults.FailNext(1, SandboxFault.TooManyRequests, "/crm/");

        var (limited, body) = await hs.GetAsync("crm/v3/objects/contacts");
        var (ok, _) = await hs.GetAsync("crm/v3/objects/contacts");

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        ((string?)body!["policyName"]).Should().Be("TEN_SECONDLY_ROLLING");
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Injected_server_error_has_a_hubspot_error_body()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        hs.HubSpot.Faults.FailNext(1, SandboxFault.BadGateway);

        var (failed, body) = await hs.GetAsync("crm/v3/objects/contacts");

        failed.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        ((string?)body!["status"]).Should().Be("error");
        ((string?)body["category"]).Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task By_default_a_private_app_gets_free_tier_limits_and_the_daily_headers()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();

        var first = (await hs.GetAsync("crm/v3/objects/contacts")).Response;
        var second = (await hs.GetAsync("crm/v3/owners")).Response;

        first.Headers.GetValues("X-HubSpot-RateLimit-Max").Should().Equal("100");
        first.Headers.GetValues("X-HubSpot-RateLimit-Daily").Should().Equal("250000");
        first.Headers.GetValues("X-HubSpot-RateLimit-Daily-Remaining").Should().Equal("249999");
        second.Headers.GetValues("X-HubSpot-RateLimit-Daily-Remaining").Should().Equal("249998");
        second.Headers.GetValues("X-HubSpot-RateLimit-Remaining").Should().Equal("98");
    }

    [Fact]
    public async Task The_ten_second_window_rolls_rather_than_resetting_at_a_fixed_edge()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.HubSpot.TenSecondlyLimit = 2;
        });

        await hs.GetAsync("crm/v3/objects/contacts");
        clock.Advance(TimeSpan.FromSeconds(9));
        await hs.GetAsync("crm/v3/objects/contacts");
        clock.Advance(TimeSpan.FromSeconds(2));
        var afterFirstLeft = (await hs.GetAsync("crm/v3/objects/contacts")).Response;
        var stillFull = (await hs.GetAsync("crm/v3/objects/contacts")).Response;
        clock.Advance(TimeSpan.FromSeconds(8));
        var afterSecondLeft = (await hs.GetAsync("crm/v3/objects/contacts")).Response;

        afterFirstLeft.StatusCode.Should().Be(HttpStatusCode.OK, "the request made 11 s ago has left the rolling window");
        stillFull.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the request made 2 s ago is still in it: no fixed window resets at 10 s");
        afterSecondLeft.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Professional_preset_sizes_the_private_app_limits()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.HubSpot.UseProfessionalLimits());

        var response = (await hs.GetAsync("crm/v3/objects/contacts")).Response;

        response.Headers.GetValues("X-HubSpot-RateLimit-Max").Should().Equal("190");
        response.Headers.GetValues("X-HubSpot-RateLimit-Daily").Should().Equal("625000");
    }
}
