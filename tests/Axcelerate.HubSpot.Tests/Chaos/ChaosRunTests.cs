using Axcelerate.HubSpot.TestKit.Chaos;

namespace Axcelerate.HubSpot.Tests.Chaos;

/// <summary>
/// Issue 16's chaos run, shortened (200 contacts, 50 companies, 50 deals, 5 rounds of changes on both sides, including
/// deletions and merges; seeds 11 and 29 take aXcelerate's changes by both its webhooks and the poller): faults on both
/// services and on the webhook deliveries, duplicated and shuffled webhooks, three stops of the host restarted from the
/// same SQLite file. The sandbox's end state must hold every record once, linked, with its latest values, and nothing
/// left Pending.
/// </summary>
public sealed class ChaosRunTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public async Task A_seeded_chaos_run_loses_nothing_duplicates_nothing_and_ends_with_every_latest_value(int seed)
    {
        var result = await ChaosRun.RunAsync(ChaosOptions.Short(seed));

        result.Faults.Should().BeGreaterThan(0, "the run injects faults into both services");
        result.FaultsByKind.Keys.Should().Contain(k => k.StartsWith("HubSpot", StringComparison.Ordinal))
            .And.Contain(k => k.StartsWith("aXcelerate", StringComparison.Ordinal));
        result.Stops.Should().HaveCount(3, "the host is stopped and restarted three times");
        result.AxcelerateSync.Should().Be(ChaosAxcelerateSync.Both, "seeds 11 and 29 take aXcelerate's changes by webhooks and the poller");
        result.OperationsByKind.Keys.Should().Contain(["aXcelerate contact deletion", "aXcelerate contact merge", "HubSpot deal creation", "HubSpot company merge"]);
        result.Discrepancies.Should().BeEmpty(result.Line);
        result.Lost.Should().Be(0);
        result.Duplicated.Should().Be(0);
        result.Wrong.Should().Be(0);
    }
}
