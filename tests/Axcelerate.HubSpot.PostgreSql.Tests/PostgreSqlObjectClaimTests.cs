using System.Collections.Concurrent;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.PostgreSql.Tests;

/// <summary>
/// Incoming-log claims by many concurrent claimers on several instances, about few objects: one object's events are
/// held by one claimer at a time and applied in order (the claimers queue on an advisory lock, so each sees the claims
/// committed before it).
/// </summary>
public sealed class PostgreSqlObjectClaimTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly TempSchema _schema = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));
    private readonly List<PostgreSqlIntegrationStore> _instances = [];

    public void Dispose()
    {
        _instances.ForEach(s => s.Dispose());
        _schema.Dispose();
    }

    [Fact]
    public async Task Concurrent_claimers_never_hold_one_objects_events_at_the_same_time_and_apply_them_in_order()
    {
        const int Objects = 3;
        const int Entries = 240;
        for (var i = 0; i < 4; i++)
        {
            _instances.Add(new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, _schema.Options, _clock));
        }

        // Events about three contacts, interleaved: every claim's candidates include each contact's next event.
        var events = Enumerable.Range(1, Entries)
            .Select(i => new NewIncomingEvent(i, "contact.propertyChange", $"hs-{i % Objects}", DateTimeOffset.UnixEpoch, $$"""{"eventId":{{i}}}"""))
            .ToList();
        await _instances[0].AppendIncomingAsync(events);

        var holders = new ConcurrentDictionary<string, int>();
        var overlaps = new ConcurrentBag<string>();
        var applied = new ConcurrentQueue<(string ObjectId, long Id)>();
        var done = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        // 16 claimers, 4 per instance, claim batches of 2, hold what they got for a moment, then finish it.
        await Task.WhenAll(Enumerable.Range(0, 16).Select(claimer => Task.Run(async () =>
        {
            var store = _instances[claimer % _instances.Count];
            while (Volatile.Read(ref done) < Entries)
            {
                var batch = await store.ClaimDueIncomingAsync(2, Lease, timeout.Token);
                if (batch.Count == 0)
                {
                    await Task.Delay(1, timeout.Token);
                    continue;
                }

                var held = batch.Select(e => e.ObjectId).Distinct().ToList();
                foreach (var objectId in held)
                {
                    if (!holders.TryAdd(objectId, claimer))
                    {
                        overlaps.Add($"claimer {claimer} got {objectId}'s events while claimer {holders.GetValueOrDefault(objectId)} held them");
                    }
                }

                await Task.Yield();
                foreach (var entry in batch)
                {
                    applied.Enqueue((entry.ObjectId, entry.Id));
                }

                // Released before the completions commit, so a later claim of the object cannot be blamed on this one.
                foreach (var objectId in held)
                {
                    holders.TryRemove(new KeyValuePair<string, int>(objectId, claimer));
                }

                foreach (var entry in batch)
                {
                    (await store.CompleteIncomingAsync(new IncomingCompletion(entry.Id, entry.Attempts, IncomingStatus.Succeeded), timeout.Token))
                        .Should().BeTrue();
                    Interlocked.Increment(ref done);
                }
            }
        })));

        overlaps.Should().BeEmpty("one object's events are held by one claimer at a time");
        applied.Should().HaveCount(Entries);
        foreach (var perObject in applied.GroupBy(a => a.ObjectId))
        {
            perObject.Select(a => a.Id).Should().BeInAscendingOrder($"{perObject.Key}'s events are applied in the order they arrived");
        }
    }
}
