using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Axcelerate.HubSpot.Tests.Coordination;

/// <summary>
/// Every single-instance background worker (contact poller, both retention pruners, the webhooks journal reader) takes
/// its lease before a pass: while another instance holds it, the pass is skipped; once it is free, the worker takes it.
/// </summary>
public sealed class WorkerLeaseTests
{
    private static readonly string[] Leases = ["poll:contacts", "prune:incoming-log", "prune:outgoing-log", "journal:global"];

    [Fact]
    public async Task Each_background_worker_skips_its_pass_while_another_instance_holds_its_lease_and_runs_once_it_is_free()
    {
        InMemoryIntegrationStore? shared = null;
        await using var group = await InstanceGroup.StartAsync(
            1,
            time => shared ??= new InMemoryIntegrationStore(time),
            builder: b => b
                .PollAxcelerateContacts()
                .ProcessWebhooksInBackground()
                .ReadWebhooksJournal(o =>
                {
                    o.ClientId = "journal-client";
                    o.ClientSecret = "journal-secret";
                }),
            services: s => s.AddLogging(l => l.SetMinimumLevel(LogLevel.Debug)).AddFakeLogging());
        var store = group.Get<ILeaseStore>(0);
        foreach (var lease in Leases)
        {
            (await store.TryAcquireLeaseAsync(lease, "other-instance", TimeSpan.FromMinutes(2))).Should().NotBeNull();
        }

        var hosted = group.Get<IEnumerable<IHostedService>>(0).ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            var logs = group.Get<FakeLogCollector>(0);
            await WaitForAsync(logs, "held by other-instance");
            (await store.GetLeaseAsync("poll:contacts"))!.Holder.Should().Be("other-instance");

            foreach (var lease in Leases)
            {
                (await store.ReleaseLeaseAsync(lease, "other-instance")).Should().BeTrue();
            }

            group.Clock.Advance(TimeSpan.FromHours(1)); // every worker's interval has passed
            await WaitForAsync(logs, "taken by");
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    // Waits until every lease has a log record containing the text (bounded; the assertion names what is missing).
    private static async Task WaitForAsync(FakeLogCollector logs, string text)
    {
        IEnumerable<string> Missing() => Leases.Where(lease => !logs.GetSnapshot().Any(r =>
            r.Message.Contains($"Lease {lease} ", StringComparison.Ordinal) && r.Message.Contains(text, StringComparison.Ordinal)));

        for (var i = 0; i < 3000 && Missing().Any(); i++)
        {
            await Task.Delay(5);
        }

        Missing().Should().BeEmpty($"every worker logs '{text}' for its lease");
    }
}
