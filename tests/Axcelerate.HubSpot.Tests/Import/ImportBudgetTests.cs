using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>The daily-budget estimate before a large import, over real HTTP against the strict sandbox with a small daily limit.</summary>
public sealed class ImportBudgetTests
{
    // 30 contacts in pages of 3: 10 list pages, 10 aXcelerate-id batch writes (one per page), 1 property create = 21 calls.
    private static readonly ImportRequest Contacts = new(MappedEntity.Contact) { PageSize = 3 };

    private static async Task<SandboxHost> StartAsync(int dailyLimit)
    {
        var host = await SandboxHost.StartAsync(sandbox: o => o.HubSpot.DailyLimit = dailyLimit);
        host.AddHubSpotContacts(30);
        host.LetSearchCatchUp();
        return host;
    }

    [Fact]
    public async Task An_import_that_would_exceed_the_daily_budget_is_refused_naming_both_numbers_and_writes_nothing()
    {
        await using var host = await StartAsync(dailyLimit: 10);

        var act = () => host.Import().ImportAllAsync(Contacts);

        var ex = (await act.Should().ThrowAsync<ImportBudgetExceededException>()).Which;
        ex.NeededCalls.Should().Be(21);
        ex.RemainingCalls.Should().Be(host.HubSpot.RateLimits.DailyRemaining!.Value, "it is what HubSpot last reported").And.BeLessThan(10, "the property check used one call");
        ex.Message.Should().Contain("21").And.Contain($" {ex.RemainingCalls} ").And.Contain("daily");
        host.AxcelerateWrites().Should().BeEmpty();
        host.HubSpotWrites().Should().BeEmpty();
        (await host.Import().GetCheckpointAsync(MappedEntity.Contact)).Should().BeNull();

        // The first page of a new run estimates the whole run too.
        var page = () => host.Import().ImportPageAsync(Contacts);
        (await page.Should().ThrowAsync<ImportBudgetExceededException>()).Which.NeededCalls.Should().Be(21);
        host.AxcelerateWrites().Should().BeEmpty();
    }

    [Fact]
    public async Task An_import_that_fits_the_daily_budget_goes_ahead()
    {
        await using var host = await StartAsync(dailyLimit: 24); // the property check and the count, then the 21 calls of the run

        var report = await host.Import().ImportAllAsync(Contacts);

        report.Created.Should().Be(30);
        report.IsComplete.Should().BeTrue();
        host.HubSpot.RateLimits.DailyRemaining.Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task A_resumed_auto_import_is_estimated_for_the_records_left_and_next_pages_are_not_estimated_again()
    {
        await using var host = await StartAsync(dailyLimit: 23);
        var first = await host.Import().ImportPageAsync(Contacts); // estimated at 21 of the 22 left after the property check
        first.Created.Should().Be(3);
        host.ClearJournals();

        var rest = await host.Import().ImportAllAsync(Contacts); // 27 records left: 9 pages and 9 id writes = 18 of the 19 left (20 for all 30 would not fit)

        rest.Created.Should().Be(27);
        rest.IsComplete.Should().BeTrue();
        host.Sandbox.HubSpot.Journal.Entries.Count(e => e.Path.EndsWith("/search", StringComparison.Ordinal)).Should().Be(1, "one count for the resumed run");
    }

    [Fact]
    public async Task An_OAuth_app_has_no_daily_limit_and_is_never_refused()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartConnectedOAuthAppAsync(clock, o =>
        {
            o.HubSpot.DailyLimit = 1; // a private app could make one call; OAuth calls are not counted against it
        });
        host.AddHubSpotContacts(5);

        var report = await host.Import().ImportAllAsync(Contacts);

        report.Created.Should().Be(5);
        host.HubSpot.RateLimits.DailyRemaining.Should().BeNull();
        host.Sandbox.HubSpot.Journal.Entries.Should().NotContain(e => e.Path.EndsWith("/search", StringComparison.Ordinal), "without a daily budget there is nothing to count records for");
    }
}
