using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Webhooks;

/// <summary>
/// A pass's changes of linked records are written to aXcelerate concurrently, not one after another: each record is
/// one write of its own aXcelerate record, and the aXcelerate client's rate limiter paces them.
/// </summary>
public sealed class WebhookApplyConcurrencyTests
{
    [Fact]
    public async Task A_pass_writes_its_linked_contacts_changes_to_aXcelerate_at_the_same_time()
    {
        var probe = new WriteProbe();
        await using var bed = await WebhookTestBed.StartAsync(builder: b => b.AxcelerateHttpClient.AddHttpMessageHandler(() => new HoldingHandler(probe)));
        var ids = new[] { "ann", "bob", "cat" }.Select(name => bed.AddHubSpotContact(name, "Concurrent", $"{name}@example.edu.au")).ToList();
        (await bed.DeliverAndProcessAsync()).Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        bed.Clock.Advance(TimeSpan.FromMinutes(3));
        foreach (var id in ids)
        {
            bed.Edit(id, "jobtitle", "Engineer " + id);
        }

        probe.Holding = true; // from here each aXcelerate write is held until another is in flight beside it
        var entries = await bed.DeliverAndProcessAsync();

        entries.Should().HaveCount(3).And.OnlyContain(e => e.Status == IncomingStatus.Succeeded && e.Result!.StartsWith("updated aXcelerate contact", StringComparison.Ordinal));
        probe.Writes.Should().Be(3, "one update per contact");
        probe.MostAtOnce.Should().BeGreaterThan(1, "the three updates are independent; one after another they would take three round trips");
        foreach (var id in ids)
        {
            var link = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id))!;
            bed.Host.Sandbox.Axcelerate.GetContact((int)link.AxcelerateId)!["POSITION"].Should().Be("Engineer " + id);
        }
    }

    private sealed class WriteProbe
    {
        private readonly TaskCompletionSource _pair = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;
        private int _most;
        private int _writes;

        public volatile bool Holding;

        public int MostAtOnce => Volatile.Read(ref _most);

        public int Writes => Volatile.Read(ref _writes);

        public async Task<T> HoldAsync<T>(Func<Task<T>> send)
        {
            Interlocked.Increment(ref _writes);
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _most, now);
            if (now >= 2)
            {
                _pair.TrySetResult();
            }

            try
            {
                // Released once two writes are in flight together; the guard only keeps one-after-another code from hanging.
                await Task.WhenAny(_pair.Task, Task.Delay(TimeSpan.FromSeconds(3)));
                return await send();
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            var seen = Volatile.Read(ref target);
            while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var found && found != seen)
            {
                seen = found;
            }
        }
    }

    private sealed class HoldingHandler(WriteProbe probe) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            probe.Holding && request.Method != HttpMethod.Get
                ? probe.HoldAsync(() => base.SendAsync(request, cancellationToken))
                : base.SendAsync(request, cancellationToken);
    }
}
