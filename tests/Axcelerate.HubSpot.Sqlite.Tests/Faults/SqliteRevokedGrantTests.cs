using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Sqlite.Tests.Faults;

/// <summary>A grant HubSpot refused stays refused across processes: the SQLite store keeps the mark.</summary>
public sealed class SqliteRevokedGrantTests
{
    private static void OAuthApp(SandboxHost host, HubSpotIntegrationOptions o)
    {
        host.PointAt(o);
        o.HubSpot.AccessToken = null;
        o.HubSpot.ClientId = "sandbox-client-id";
        o.HubSpot.ClientSecret = "sandbox-client-secret";
        o.HubSpot.RedirectUri = new Uri("https://app.example.com/callback");
        o.HubSpot.AuthorizationEndpoint = new Uri(o.HubSpot.BaseUrl, "oauth/authorize");
        o.HubSpot.Tier = HubSpotTier.Enterprise;
    }

    // A process: the SDK registered afresh as the OAuth app against the sandbox and the SQLite file.
    private static ServiceProvider Process(SandboxHost host, TempDatabase database, FakeTimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddHubSpotIntegration(o => OAuthApp(host, o)).UseSqliteStore(database.ConnectionString);
        return services.BuildServiceProvider();
    }

    private static async Task AuthoriseAsync(IHubSpotOAuthClient oauth)
    {
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = await noRedirect.GetAsync(oauth.GetAuthorizationUrl("state-1"));
        var code = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["code"]!;
        await oauth.ExchangeCodeAsync(code);
    }

    private static int Refreshes(SandboxHost host) =>
        host.Sandbox.HubSpot.Journal.Entries.Count(e => e.Path.EndsWith("/token", StringComparison.Ordinal) && e.FormParameters.GetValueOrDefault("grant_type") == "refresh_token");

    [Fact]
    public async Task A_refused_refresh_token_is_remembered_by_the_store_so_a_restarted_process_asks_HubSpot_nothing_until_a_new_grant()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.TimeProvider = clock);
        using var database = new TempDatabase();

        await using (var first = Process(host, database, clock))
        {
            var hubSpot = first.GetRequiredService<IHubSpotClient>();
            await AuthoriseAsync(hubSpot.OAuth);
            var grant = (await first.GetRequiredService<IHubSpotTokenStore>().GetAsync())!;
            using (var http = new HttpClient())
            {
                (await http.DeleteAsync(new Uri(host.Sandbox.HubSpot.BaseAddress, $"oauth/v1/refresh-tokens/{grant.RefreshToken}"))).IsSuccessStatusCode.Should().BeTrue();
            }

            clock.Advance(TimeSpan.FromMinutes(30));
            await hubSpot.Awaiting(h => h.Contacts.ListPageAsync()).Should().ThrowAsync<HubSpotGrantInvalidException>();
            Refreshes(host).Should().Be(1);
        }

        // A restarted process reads the mark from the store: one clear error, no request at all.
        host.Sandbox.HubSpot.Journal.Clear();
        await using (var second = Process(host, database, clock))
        {
            var hubSpot = second.GetRequiredService<IHubSpotClient>();
            var stored = (await second.GetRequiredService<IHubSpotTokenStore>().GetAsync())!;
            stored.IsValid.Should().BeFalse();
            stored.InvalidReason.Should().Contain("invalid_grant");
            (await hubSpot.OAuth.IsAuthorizedAsync()).Should().BeFalse();
            var ex = (await hubSpot.Awaiting(h => h.Contacts.ListPageAsync()).Should().ThrowAsync<HubSpotGrantInvalidException>()).Which;
            ex.Message.Should().Contain("Re-authorise");
            host.Sandbox.HubSpot.Journal.Entries.Should().BeEmpty();

            // Authorising again clears the mark, in the store too.
            await AuthoriseAsync(hubSpot.OAuth);
            (await hubSpot.Contacts.ListPageAsync()).Should().NotBeNull();
        }

        await using var third = Process(host, database, clock);
        (await third.GetRequiredService<IHubSpotTokenStore>().GetAsync())!.IsValid.Should().BeTrue();
    }
}
