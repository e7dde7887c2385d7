using System.Collections.Concurrent;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql.Tests;

/// <summary>Incoming-log claims by several instances (stores with pools of their own) on one database.</summary>
public sealed class PostgreSqlClaimTests : IDisposable
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

    private PostgreSqlIntegrationStore Instance()
    {
        var store = new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, _schema.Options, _clock);
        _instances.Add(store);
        return store;
    }

    private static async Task<List<long>> AppendAsync(PostgreSqlIntegrationStore store, int count)
    {
        var events = Enumerable.Range(1, count)
            .Select(i => new NewIncomingEvent(i, "contact.propertyChange", $"hs-{i}", DateTimeOffset.UnixEpoch, $$"""{"eventId":{{i}}}"""))
            .ToList();
        return [.. (await store.AppendIncomingAsync(events)).Select(r => r.Entry.Id)];
    }

    [Fact]
    public async Task Concurrent_claimers_on_several_instances_never_receive_one_entry_twice()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => Instance()).ToList();
        var ids = await AppendAsync(instances[0], 600);
        var claimed = new ConcurrentBag<(int Claimer, long Id)>();

        // 12 claimers, 3 per instance, claim batches of 7 and finish each entry until nothing is due.
        await Task.WhenAll(Enumerable.Range(0, 12).Select(claimer => Task.Run(async () =>
        {
            var store = instances[claimer % instances.Count];
            while (true)
            {
                var batch = await store.ClaimDueIncomingAsync(7, Lease);
                if (batch.Count == 0)
                {
                    return;
                }

                batch.Count.Should().BeLessThanOrEqualTo(7);
                foreach (var entry in batch)
                {
                    claimed.Add((claimer, entry.Id));
                    (await store.CompleteIncomingAsync(new IncomingCompletion(entry.Id, entry.Attempts, IncomingStatus.Succeeded))).Should().BeTrue();
                }
            }
        })));

        claimed.Select(c => c.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ids);
        claimed.Select(c => c.Claimer).Distinct().Should().HaveCountGreaterThan(1, "the work was shared");
        (await instances[0].QueryIncomingAsync(new IncomingLogQuery { Status = IncomingStatus.Succeeded, PageSize = 1000 })).Items.Should().HaveCount(600)
            .And.OnlyContain(e => e.Attempts == 1, "no entry was applied twice");
    }

    [Fact]
    public async Task A_claim_skips_entries_another_instance_holds_locked_instead_of_waiting_for_them()
    {
        var store = Instance();
        var ids = await AppendAsync(store, 3);

        // Another instance is in the middle of claiming the first entry: its row is locked in an open transaction.
        await using var other = new NpgsqlConnection(PostgresServer.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand($"SELECT id FROM \"{_schema.Name}\".incoming_log WHERE id = {ids[0]} FOR UPDATE;", other, transaction))
        {
            await lockRow.ExecuteScalarAsync();
        }

        // A claim that waited for the lock would never return while the transaction stays open; the guard turns that into a failure.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var single = await store.TryClaimIncomingAsync(ids[0], Lease, guard.Token);
        var batch = await store.ClaimDueIncomingAsync(10, Lease, guard.Token);

        single.Should().BeNull("the entry is another claimer's");
        batch.Select(e => e.Id).Should().Equal(ids[1], ids[2]);
        await transaction.RollbackAsync();
        (await store.ClaimDueIncomingAsync(10, Lease)).Select(e => e.Id).Should().Equal(ids[0]);
    }

    [Fact]
    public async Task An_instance_takes_over_the_claims_of_an_instance_that_died_once_their_lease_expired()
    {
        var dying = Instance();
        var survivor = Instance();
        await AppendAsync(dying, 5);
        var lost = await dying.ClaimDueIncomingAsync(10, Lease);
        dying.Dispose();

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        (await survivor.ClaimDueIncomingAsync(10, Lease)).Should().BeEmpty("the dead instance's leases still hold");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var taken = await survivor.ClaimDueIncomingAsync(10, Lease);

        taken.Select(e => e.Id).Should().Equal(lost.Select(e => e.Id));
        taken.Should().OnlyContain(e => e.Attempts == 2 && e.LeaseExpiresAt == _clock.GetUtcNow() + Lease);
        foreach (var entry in taken)
        {
            (await survivor.CompleteIncomingAsync(new IncomingCompletion(entry.Id, entry.Attempts - 1, IncomingStatus.Succeeded)))
                .Should().BeFalse("the dead instance's attempt no longer owns the entry");
            (await survivor.CompleteIncomingAsync(new IncomingCompletion(entry.Id, entry.Attempts, IncomingStatus.Succeeded))).Should().BeTrue();
        }

        (await survivor.ClaimDueIncomingAsync(10, Lease)).Should().BeEmpty();
    }

    // Many claimers about few objects: one object's events are held by one claimer at a time and applied in order (the
    // claimers queue on an advisory lock, so each sees the claims committed before it).
    [Fact]
    public async Task Concurrent_claimers_never_hold_one_objects_events_at_the_same_time_and_apply_them_in_order()
    {
        const int Objects = 3;
        const int Entries = 240;
        for (var i = 0; i < 4; i++)
        {
            Instance();
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
