using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

public sealed class HubSpotSecretsTests
{
    [Fact]
    public async Task No_static_token_in_any_exception_or_log_line_even_at_trace_level()
    {
        using var hs = HubSpotTestServices.Create();
        var calls = 0;
        hs.Http.Answer(_ => (Interlocked.Increment(ref calls) % 4) switch
        {
            1 => StubHandler.Json(401, """{"status":"error","message":"Authentication credentials not found.","category":"INVALID_AUTHENTICATION","correlationId":"c-401"}"""),
            2 => StubHandler.Json(429, """{"status":"error","message":"You have reached your daily limit.","policyName":"DAILY","correlationId":"c-d"}"""),
            3 => StubHandler.Json(500, "{}"),
            _ => StubHandler.Json(200, HubSpotJson.Record("1")),
        });
        var failures = new List<Exception>();

        foreach (var attempt in Enumerable.Range(0, 3))
        {
            try
            {
                await hs.Time.RunUntilCompleteAsync(() => hs.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "a@example.com" } }));
            }
            catch (HubSpotApiException ex)
            {
                failures.Add(ex);
            }
        }

        failures.Should().HaveCount(3);
        hs.Logs.GetSnapshot().Should().NotBeEmpty();
        var everything = string.Join('\n', failures.Select(f => f.ToString())) + hs.AllLogText()
            + string.Join('\n', hs.Logs.GetSnapshot().Select(r => r.StructuredState is null ? "" : string.Join(',', r.StructuredState)));
        everything.Should().NotContain(HubSpotTestServices.AccessToken);
        everything.Should().Contain("INVALID_AUTHENTICATION");
        everything.Should().Contain("Authorization", "HttpClient logs request headers at trace level, redacted");
    }

    [Fact]
    public async Task No_OAuth_secret_in_any_log_line_across_exchange_refresh_and_revoke()
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.OAuthSettings());
        hs.Http.Answer(r => r.Path.StartsWith("/oauth/", StringComparison.Ordinal)
            ? StubHandler.Json(200, """{"access_token":"acc-SECRET-x","refresh_token":"ref-SECRET-y","expires_in":1800,"hub_id":1}""")
            : StubHandler.Json(200, HubSpotJson.Record("1")));

        var tokens = await hs.HubSpot.OAuth.ExchangeCodeAsync("code-SECRET-z");
        await hs.HubSpot.Contacts.GetAsync("1");
        await hs.HubSpot.OAuth.RefreshAsync();
        await hs.HubSpot.OAuth.RevokeAsync();

        var everything = hs.AllLogText() + string.Join('\n', hs.Logs.GetSnapshot().Select(r => r.StructuredState is null ? "" : string.Join(',', r.StructuredState)))
            + tokens + hs.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HubSpotIntegrationOptions>>().Value.HubSpot;
        everything.Should().Contain("refreshed");
        foreach (var secret in new[] { "acc-SECRET-x", "ref-SECRET-y", "code-SECRET-z", HubSpotTestServices.ClientSecret })
        {
            everything.Should().NotContain(secret);
        }
    }
}
