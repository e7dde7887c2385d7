using System.Net;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Testing.Journal;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Faults;

/// <summary>
/// The OAuth refresh token revoked (the app uninstalled in HubSpot), over real HTTP against the strict sandbox's token
/// endpoint, which answers <c>invalid_grant</c> / <c>BAD_REFRESH_TOKEN</c> as HubSpot does.
/// </summary>
public sealed class RevokedGrantTests
{
    private static bool IsRefresh(JournalEntry e) =>
        e.Path.EndsWith("/token", StringComparison.Ordinal) && e.FormParameters.TryGetValue("grant_type", out var grant) && grant == "refresh_token";

    internal static async Task RevokeAtHubSpotAsync(SandboxHost host, string refreshToken)
    {
        // What uninstalling the app does: HubSpot forgets the refresh token.
        using var http = new HttpClient();
        using var response = await http.DeleteAsync(new Uri(host.Sandbox.HubSpot.BaseAddress, $"oauth/v1/refresh-tokens/{refreshToken}"));
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    internal static async Task ReauthoriseAsync(SandboxHost host, IHubSpotOAuthClient oauth)
    {
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = await noRedirect.GetAsync(oauth.GetAuthorizationUrl("state-2"));
        var code = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["code"]!;
        await oauth.ExchangeCodeAsync(code);
    }

    [Fact]
    public async Task A_revoked_refresh_token_gives_every_concurrent_caller_one_clear_error_after_exactly_one_refresh_and_marks_the_grant_invalid()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartConnectedOAuthAppAsync(clock);
        var store = host.Get<IHubSpotTokenStore>();
        var grant = (await store.GetAsync())!;
        await RevokeAtHubSpotAsync(host, grant.RefreshToken);
        clock.Advance(TimeSpan.FromMinutes(30)); // the access token expired: the next call must refresh
        host.Sandbox.HubSpot.Journal.Clear();

        var calls = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => host.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 })))
            .ToList();
        var errors = new List<HubSpotGrantInvalidException>();
        foreach (var call in calls)
        {
            errors.Add((await call.Awaiting(c => c).Should().ThrowAsync<HubSpotGrantInvalidException>()).Which);
        }

        host.Sandbox.HubSpot.Journal.Entries.Where(IsRefresh).Should().ContainSingle("one refresh for all the callers waiting on it; none after the refusal");
        host.Sandbox.HubSpot.Journal.Entries.Should().NotContain(e => e.Path.StartsWith("/crm/", StringComparison.Ordinal), "no call is made with a dead grant");
        errors.Should().AllSatisfy(e =>
        {
            e.IsTransient.Should().BeFalse("only a new authorisation helps");
            e.Message.Should().Contain("Re-authorise").And.Contain("refresh token is invalid, expired or revoked").And.NotContain(grant.RefreshToken).And.NotContain(grant.AccessToken);
        });

        // The grant is marked invalid in the token store, and nobody tries it again.
        var stored = (await store.GetAsync())!;
        stored.IsValid.Should().BeFalse();
        stored.InvalidatedAt.Should().Be(clock.GetUtcNow());
        stored.InvalidReason.Should().Contain("invalid_grant");
        (await host.HubSpot.OAuth.IsAuthorizedAsync()).Should().BeFalse();
        await host.Awaiting(h => h.HubSpot.Contacts.ListPageAsync()).Should().ThrowAsync<HubSpotGrantInvalidException>();
        await host.Awaiting(h => h.HubSpot.OAuth.RefreshAsync()).Should().ThrowAsync<HubSpotGrantInvalidException>();
        host.Sandbox.HubSpot.Journal.Entries.Where(IsRefresh).Should().ContainSingle();

        // A new grant clears the state.
        await ReauthoriseAsync(host, host.HubSpot.OAuth);
        (await store.GetAsync())!.IsValid.Should().BeTrue();
        (await host.HubSpot.OAuth.IsAuthorizedAsync()).Should().BeTrue();
        var page = await host.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });
        page.Should().NotBeNull();
        clock.Advance(TimeSpan.FromMinutes(30));
        await host.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });
        host.Sandbox.HubSpot.Journal.Entries.Where(IsRefresh).Should().HaveCount(2, "the new grant refreshes as usual");
    }
}
