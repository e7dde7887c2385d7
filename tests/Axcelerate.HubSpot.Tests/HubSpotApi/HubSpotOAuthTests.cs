using System.Web;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

public sealed class HubSpotOAuthTests
{
    private const string RefreshToken = "refresh-SECRET-0003";
    private const string OldAccess = "access-SECRET-old";
    private const string NewAccess = "access-SECRET-new";

    [Fact]
    public void Builds_the_authorization_url_with_scopes_optional_scopes_and_state()
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.OAuthSettings());

        var url = hs.HubSpot.OAuth.GetAuthorizationUrl(state: "xyz 1", optionalScopes: ["crm.objects.deals.read"]);

        url.GetLeftPart(UriPartial.Path).Should().Be("https://app.hubspot.com/oauth/authorize");
        var query = HttpUtility.ParseQueryString(url.Query);
        query["client_id"].Should().Be("client-id-123");
        query["redirect_uri"].Should().Be("https://host.test/hubspot/callback");
        query["scope"].Should().Be("crm.objects.contacts.read crm.objects.contacts.write");
        query["optional_scope"].Should().Be("crm.objects.deals.read");
        query["state"].Should().Be("xyz 1");
        url.ToString().Should().NotContain(HubSpotTestServices.ClientSecret);
    }

    [Theory]
    [InlineData("2026-03", "/oauth/2026-03/token")]
    [InlineData("v3", "/oauth/v3/token")]
    public async Task Exchanges_the_code_with_a_form_encoded_body_and_stores_the_grant(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.OAuthSettings(version));
        hs.Http.Answer(_ => StubHandler.Json(200, TokenJson(NewAccess, 1800)));

        var tokens = await hs.HubSpot.OAuth.ExchangeCodeAsync("code-abc");

        var request = hs.Http.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be(HttpMethod.Post);
        request.Path.Should().Be(path);
        request.Query.Should().BeEmpty();
        request.ContentType.Should().Be("application/x-www-form-urlencoded");
        request.Authorization.Should().BeNull();
        var form = HttpUtility.ParseQueryString(request.Body);
        form["grant_type"].Should().Be("authorization_code");
        form["code"].Should().Be("code-abc");
        form["client_id"].Should().Be("client-id-123");
        form["client_secret"].Should().Be(HubSpotTestServices.ClientSecret);
        form["redirect_uri"].Should().Be("https://host.test/hubspot/callback");
        tokens.AccessToken.Should().Be(NewAccess);
        tokens.HubId.Should().Be(4242);
        tokens.ExpiresAt.Should().Be(hs.Time.GetUtcNow().AddMinutes(30));
        (await hs.Services.GetRequiredService<IHubSpotTokenStore>().GetAsync())!.RefreshToken.Should().Be(RefreshToken);
        tokens.ToString().Should().NotContain(NewAccess).And.NotContain(RefreshToken);
    }

    [Fact]
    public async Task Concurrent_requests_share_one_refresh_of_an_expiring_token()
    {
        const int Requests = 20;

        // The token store holds every read until all 20 requests have asked for the grant, so all of them see the
        // expiring token at the same time and race for the refresh (no sleep deciding whether they overlapped); the
        // last read answers only after the refresh was saved, as a slow store would.
        var store = new ArrivalBarrierTokenStore(Requests);
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.OAuthSettings(), before: s => s.AddSingleton<IHubSpotTokenStore>(store));
        await store.SaveAsync(new HubSpotTokenSet(OldAccess, RefreshToken, hs.Time.GetUtcNow().AddSeconds(30)));
        hs.Http.Answer(r => r.Path.StartsWith("/oauth/", StringComparison.Ordinal)
            ? StubHandler.Json(200, TokenJson(NewAccess, 1800))
            : StubHandler.Json(200, HubSpotJson.Record("1")));

        var client = hs.HubSpot;
        await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => Task.Run(() => client.Contacts.GetAsync("1"))));

        store.Arrivals.Should().BeGreaterThanOrEqualTo(Requests, "every request read the expiring grant before any refresh finished");
        var tokenCalls = hs.Http.Requests.Where(r => r.Path == "/oauth/2026-03/token").ToList();
        tokenCalls.Should().HaveCount(1, "the requests that lost the race, and a store read that answered late, reuse the winner's refresh");
        HttpUtility.ParseQueryString(tokenCalls[0].Body)["grant_type"].Should().Be("refresh_token");
        HttpUtility.ParseQueryString(tokenCalls[0].Body)["refresh_token"].Should().Be(RefreshToken);
        hs.Http.Requests.Where(r => r.Path.StartsWith("/crm/", StringComparison.Ordinal)).Should().HaveCount(Requests)
            .And.AllSatisfy(r => r.Authorization.Should().Be("Bearer " + NewAccess));
        (await store.GetAsync())!.AccessToken.Should().Be(NewAccess);
    }

    [Fact]
    public async Task Uses_a_fresh_token_without_refreshing_and_refreshes_a_minute_before_expiry()
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.OAuthSettings());
        await hs.Services.GetRequiredService<IHubSpotTokenStore>().SaveAsync(new HubSpotTokenSet(OldAccess, RefreshToken, hs.Time.GetUtcNow().AddMinutes(30)));
        hs.Http.Answer(r => r.Path.StartsWith("/oauth/", StringComparison.Ordinal) ? StubHandler.Json(200, TokenJson(NewAccess, 1800)) : StubHandler.Json(200, HubSpotJson.Record("1")));

        await hs.HubSpot.Contacts.GetAsync("1");
        hs.Time.Advance(TimeSpan.FromMinutes(29) + TimeSpan.FromSeconds(1));
        await hs.HubSpot.Contacts.GetAsync("1");

        hs.Http.Requests.Select(r => r.Authorization ?? r.Path).Should().Equal("Bearer " + OldAccess, "/oauth/2026-03/token", "Bearer " + NewAccess);
    }

    [Fact]
    public async Task Revokes_the_refresh_token_in_the_body_and_forgets_the_grant()
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.OAuthSettings());
        var store = hs.Services.GetRequiredService<IHubSpotTokenStore>();
        await store.SaveAsync(new HubSpotTokenSet(OldAccess, RefreshToken, hs.Time.GetUtcNow().AddMinutes(30)));
        hs.Http.Answer(_ => StubHandler.Json(200, "{}"));

        await hs.HubSpot.OAuth.RevokeAsync();

        var request = hs.Http.Requests.Should().ContainSingle().Subject;
        request.Path.Should().Be("/oauth/2026-03/token/revoke");
        request.Path.Should().NotContain(RefreshToken);
        HttpUtility.ParseQueryString(request.Body)["token"].Should().Be(RefreshToken);
        (await store.GetAsync()).Should().BeNull();
        (await hs.HubSpot.OAuth.IsAuthorizedAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task Says_how_to_authorise_when_no_grant_is_stored()
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.OAuthSettings());

        var act = () => hs.HubSpot.Contacts.GetAsync("1");

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("ExchangeCodeAsync");
        hs.Http.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_rejected_refresh_surfaces_HubSpots_oauth_error_without_any_secret()
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.OAuthSettings());
        await hs.Services.GetRequiredService<IHubSpotTokenStore>().SaveAsync(new HubSpotTokenSet(OldAccess, RefreshToken, hs.Time.GetUtcNow()));
        hs.Http.Answer(_ => StubHandler.Json(400, """{"error":"invalid_grant","error_description":"refresh token is invalid, expired or revoked","status":"BAD_REFRESH_TOKEN","message":"missing or invalid refresh token"}"""));

        var act = () => hs.HubSpot.Contacts.GetAsync("1");

        var ex = (await act.Should().ThrowAsync<HubSpotApiException>()).Which;
        ex.Category.Should().Be("invalid_grant");
        ex.RequestPath.Should().Be("/oauth/2026-03/token");
        var everything = ex.ToString() + hs.AllLogText();
        everything.Should().NotContain(RefreshToken).And.NotContain(OldAccess).And.NotContain(HubSpotTestServices.ClientSecret);
    }

    private static string TokenJson(string access, int expiresIn) =>
        $$"""{"access_token":"{{access}}","refresh_token":"{{RefreshToken}}","expires_in":{{expiresIn}},"token_type":"bearer","hub_id":4242,"scopes":["crm.objects.contacts.read"]}""";

    /// <summary>
    /// A token store whose first <c>count</c> reads wait until <c>count</c> readers have arrived; the last of them is then
    /// held until a refreshed grant has been saved, so its stale answer arrives after the refresh.
    /// </summary>
    private sealed class ArrivalBarrierTokenStore(int count) : IHubSpotTokenStore
    {
        private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _refreshSaved = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private HubSpotTokenSet? _tokens;
        private int _arrivals;
        private int _saves;

        public int Arrivals => Volatile.Read(ref _arrivals);

        public async ValueTask<HubSpotTokenSet?> GetAsync(CancellationToken cancellationToken = default)
        {
            var arrival = Interlocked.Increment(ref _arrivals);
            var read = Volatile.Read(ref _tokens);
            if (arrival == count)
            {
                _allArrived.SetResult();

                // A safety cap, not a timing assumption: fail clearly if no refresh is ever saved.
                await _refreshSaved.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
            else if (arrival < count)
            {
                await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
            else
            {
                read = Volatile.Read(ref _tokens);
            }

            return read;
        }

        public ValueTask SaveAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken = default)
        {
            Volatile.Write(ref _tokens, tokens);
            if (Interlocked.Increment(ref _saves) > 1)
            {
                _refreshSaved.TrySetResult(); // the first save is the test's own stale grant
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ClearAsync(CancellationToken cancellationToken = default)
        {
            Volatile.Write(ref _tokens, null);
            return ValueTask.CompletedTask;
        }
    }
}
