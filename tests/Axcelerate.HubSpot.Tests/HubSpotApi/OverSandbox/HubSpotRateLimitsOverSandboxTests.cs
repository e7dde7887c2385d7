using System.Net;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>The client's rate-limit handling against the emulator's production limits.</summary>
public sealed class HubSpotRateLimitsOverSandboxTests
{
    [Fact]
    public async Task Client_reports_the_remaining_daily_budget_of_a_professional_portal()
    {
        await using var hs = await SandboxHost.StartAsync(
            sandbox: o => o.HubSpot.UseProfessionalLimits(),
            integration: o => o.HubSpot.Tier = HubSpotTier.Professional);

        var before = hs.HubSpot.RateLimits;
        await hs.HubSpot.Owners.GetByEmailAsync("nobody@example.com");
        await hs.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });
        var after = hs.HubSpot.RateLimits;

        before.DailyRemaining.Should().BeNull();
        before.CanAfford(1_000_000).Should().BeTrue("nothing is known before the first answer");
        after.DailyLimit.Should().Be(625_000);
        after.DailyRemaining.Should().Be(625_000 - 2);
        after.WindowLimit.Should().Be(190);
        after.Window.Should().Be(TimeSpan.FromSeconds(10));
        after.CanAfford(624_998).Should().BeTrue();
        after.CanAfford(624_999).Should().BeFalse("an import that needs more than what is left today must say so before it starts");
    }

    [Fact]
    public async Task Daily_limit_is_transient_with_the_wait_until_the_reset()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.Zero));
        await using var hs = await SandboxHost.StartAsync(
            sandbox: o =>
            {
                o.TimeProvider = clock;
                o.HubSpot.DailyLimit = 1;
            },
            services: s => s.AddSingleton<TimeProvider>(clock));
        await hs.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });

        var act = () => hs.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });

        var ex = (await act.Should().ThrowAsync<HubSpotRateLimitException>()).Which;
        ex.PolicyName.Should().Be("DAILY");
        ex.IsTransient.Should().BeTrue("the call succeeds after the reset: retry the record then, do not fail it");
        ex.ResetsAt.Should().Be(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        ex.RetryAfter.Should().Be(TimeSpan.FromHours(6));
        hs.HubSpot.RateLimits.DailyRemaining.Should().Be(0);
        hs.HubSpot.RateLimits.CanAfford(1).Should().BeFalse();
    }

    [Fact]
    public async Task A_ten_secondly_429_left_after_the_retries_is_transient_with_a_wait()
    {
        await using var hs = await SandboxHost.StartAsync(integration: o => o.HubSpot.MaxRetries = 0);
        hs.Sandbox.HubSpot.Faults.FailNext(1, SandboxFault.TooManyRequests, "/crm/");

        var act = () => hs.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });

        var ex = (await act.Should().ThrowAsync<HubSpotApiException>()).Which;
        ex.Should().NotBeOfType<HubSpotRateLimitException>();
        ex.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        ex.IsTransient.Should().BeTrue();
        ex.RetryAfter.Should().Be(TimeSpan.FromSeconds(10), "HubSpot's window is 10 seconds and this 429 carried no Retry-After");
    }

    [Fact]
    public async Task Oauth_calls_get_110_per_10_seconds_and_no_daily_budget()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await SandboxHost.StartConnectedOAuthAppAsync(clock);

        await hs.HubSpot.Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });

        hs.HubSpot.RateLimits.WindowLimit.Should().Be(110);
        hs.HubSpot.RateLimits.DailyLimit.Should().BeNull("OAuth calls have no daily limit and HubSpot sends no daily headers for them");
        hs.HubSpot.RateLimits.DailyRemaining.Should().BeNull();
        hs.HubSpot.RateLimits.CanAfford(10_000_000).Should().BeTrue();
    }
}
