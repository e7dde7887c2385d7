using System.Collections.Concurrent;
using System.Net;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.TestKit.Coordination;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Sqlite.Tests.Coordination;

/// <summary>
/// Two host instances (two DI containers, one SQLite file) calling the strict sandbox at once, with its production
/// limit of 100 requests per rolling 10 seconds: what the sandbox answers with and without the shared rate budget.
/// Everything runs on the sandbox's fake clock, moved on only while no request is on the wire.
/// </summary>
public sealed class SharedRateBudgetTests
{
    private const int PortalLimit = 100; // the strict sandbox's (a Free/Starter private app's) 10-second limit
    private const int PerInstance = 60;

    [Fact]
    public async Task Sharing_the_budget_through_the_store_keeps_two_instances_under_the_portal_limit_with_no_429()
    {
        var sent = await HammerAsync(share: true);

        sent.Should().HaveCount(2 * PerInstance, "no request failed, so none was retried");
        sent.Should().NotContain(r => r.Status == HttpStatusCode.TooManyRequests);
        MostInAnyTenSeconds(sent).Should().BeLessThanOrEqualTo(PortalLimit);
        (sent.Max(r => r.At) - sent.Min(r => r.At)).Should().BeGreaterThan(TimeSpan.FromSeconds(10), "120 requests cannot all fit in one window of 100");
    }

    [Fact]
    public async Task Without_sharing_two_instances_following_only_the_headers_meet_429s()
    {
        var sent = await HammerAsync(share: false);

        // Each instance spends the portal's window as if it were alone: the headers tell it what the other spent only
        // after the fact, so together they pass the limit and HubSpot answers 429. This is why ShareRateBudget exists.
        sent.Should().Contain(r => r.Status == HttpStatusCode.TooManyRequests);
    }

    private static async Task<IReadOnlyList<Sent>> HammerAsync(bool share)
    {
        using var database = new TempDatabase();
        var wire = new Wire();
        await using var group = await InstanceGroup.StartAsync(
            2,
            time => new SqliteIntegrationStore(database.ConnectionString, time),
            integration: o =>
            {
                o.HubSpot.ShareRateBudget = share;
                o.HubSpot.MaxRetries = 0; // every attempt is one request the test sees answered
            },
            builder: b => b.HubSpotHttpClient.AddHttpMessageHandler(() => new Observer(wire)));
        wire.Clock = group.Clock;
        var calls = Enumerable.Range(0, 2 * PerInstance)
            .Select(i => Task.Run(async () =>
            {
                try
                {
                    await group.Get<IHubSpotClient>(i % 2).Contacts.ListPageAsync(options: new HubSpotListOptions { PageSize = 1 });
                }
                catch (HubSpotApiException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    // Counted by the observer; without sharing some are expected.
                }
            }))
            .ToList();
        var all = Task.WhenAll(calls);

        // Time moves only while no request is on the wire, so the sandbox stamps each request at the time it was sent.
        for (var i = 0; i < 100_000 && !all.IsCompleted; i++)
        {
            await Task.Delay(1);
            if (wire.InFlight == 0)
            {
                group.Clock.Advance(TimeSpan.FromMilliseconds(100));
            }
        }

        await all;
        return [.. wire.Sent];
    }

    private static int MostInAnyTenSeconds(IReadOnlyList<Sent> sent)
    {
        var accepted = sent.Where(r => r.Status != HttpStatusCode.TooManyRequests).Select(r => r.At).Order().ToList();
        return accepted.Select(start => accepted.Count(t => t >= start && t < start + TimeSpan.FromSeconds(10))).DefaultIfEmpty(0).Max();
    }

    private sealed record Sent(DateTimeOffset At, HttpStatusCode Status);

    private sealed class Wire
    {
        private int _inFlight;

        public Microsoft.Extensions.Time.Testing.FakeTimeProvider? Clock { get; set; }

        public ConcurrentQueue<Sent> Sent { get; } = new();

        public int InFlight => Volatile.Read(ref _inFlight);

        public void Start() => Interlocked.Increment(ref _inFlight);

        public void End() => Interlocked.Decrement(ref _inFlight);
    }

    /// <summary>The innermost handler: sees every request as it goes to the sandbox, and the sandbox's answer.</summary>
    private sealed class Observer(Wire wire) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            wire.Start();
            try
            {
                var at = wire.Clock!.GetUtcNow();
                var response = await base.SendAsync(request, cancellationToken);
                wire.Sent.Enqueue(new Sent(at, response.StatusCode));
                return response;
            }
            finally
            {
                wire.End();
            }
        }
    }
}
