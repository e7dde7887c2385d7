using System.Net;
using System.Net.Http.Headers;
using Axcelerate.HubSpot.HubSpotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>
/// HubSpot's ten-second window rolls: an answer with <c>X-HubSpot-RateLimit-Remaining: 0</c> means the window is full
/// now, and it has room again as soon as its oldest requests are ten seconds old, not ten seconds after this answer.
/// </summary>
public sealed class HubSpotRollingWindowOverSandboxTests
{
    [Fact]
    public async Task A_full_window_holds_the_next_request_only_until_its_oldest_requests_roll_out()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await SandboxHost.StartAsync(
            sandbox: o =>
            {
                o.TimeProvider = clock;
                o.HubSpot.TenSecondlyLimit = 5;
            },
            services: s => s.AddSingleton<TimeProvider>(clock));

        // Another app of the portal spends four of the five requests at 00:00:00.
        using (var other = new HttpClient { BaseAddress = hs.Sandbox.HubSpot.BaseAddress })
        {
            other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hs.Sandbox.HubSpot.Options.AccessToken);
            for (var i = 0; i < 4; i++)
            {
                using var answer = await other.GetAsync(new Uri("crm/v3/objects/contacts?limit=1", UriKind.Relative));
                answer.StatusCode.Should().Be(HttpStatusCode.OK);
            }
        }

        // At 00:00:09 the SDK's request is the fifth: HubSpot answers it with Remaining 0.
        clock.Advance(TimeSpan.FromSeconds(9));
        await hs.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });
        hs.HubSpot.RateLimits.WindowRemaining.Should().Be(0);

        // At 00:00:10 the other app's four requests leave the window: the next request goes then, not at 00:00:19.
        var next = hs.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });
        clock.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(30)); // a guard against hanging, not a measurement: the old pause never ends on the fake clock

        var calls = hs.Sandbox.HubSpot.Journal.Entries.Where(e => e.Path.StartsWith("/crm/", StringComparison.Ordinal)).ToList();
        calls.Should().HaveCount(6, "four from the other app, two from the SDK, none refused");
        calls[^1].ReceivedAt.Should().Be(clock.Start.AddSeconds(10));
        hs.HubSpot.RateLimits.WindowRemaining.Should().Be(3, "the window holds the SDK's two requests");
    }
}
