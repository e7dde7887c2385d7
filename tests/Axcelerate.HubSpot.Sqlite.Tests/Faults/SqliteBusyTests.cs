using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Sqlite.Tests.Faults;

/// <summary>
/// The SQLite store when another connection holds the database's write lock (<c>BEGIN IMMEDIATE</c>): a write waits
/// for it within the store's busy timeout, then fails naming the store and the lock; a multi-row write is all or nothing.
/// The store comes from the real registration (<c>AddHubSpotIntegration().UseSqliteStore</c>) of a host over the sandbox.
/// </summary>
public sealed class SqliteBusyTests : IDisposable
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(200);
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private Task<SandboxHost> StartAsync(TimeSpan busyTimeout) =>
        SandboxHost.StartAsync(builder: b => b.UseSqliteStore(_database.ConnectionString, o => o.BusyTimeout = busyTimeout));

    private static NewIncomingEvent Event(long id) =>
        new(id, "contact.propertyChange", "10" + id, new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), $$"""{"eventId":{{id}}}""");

    private static async Task<List<long>> EventIdsAsync(IIncomingLogStore store) =>
        (await store.QueryIncomingAsync(new IncomingLogQuery())).Items.Select(e => e.EventId).Order().ToList();

    [Fact]
    public async Task An_incoming_batch_meeting_a_held_write_lock_fails_after_the_busy_timeout_naming_the_store_and_the_lock_and_writes_none_of_its_events()
    {
        await using var host = await StartAsync(Short);
        var store = host.Get<IIncomingLogStore>();
        await store.AppendIncomingAsync([Event(1)]);

        SqliteStoreBusyException busy;
        using (SqliteWriteLock.Take(_database.Path))
        {
            busy = (await store.Awaiting(s => s.AppendIncomingAsync([Event(2), Event(3), Event(4), Event(5)])).Should().ThrowAsync<SqliteStoreBusyException>()).Which;

            // Read back while the other connection still holds the lock (WAL readers are not blocked): nothing of the batch.
            (await EventIdsAsync(store)).Should().Equal(1);
        }

        busy.Message.Should().Contain(_database.Path).And.Contain("locked by another connection").And.Contain("BusyTimeout");
        busy.DataSource.Should().Be(_database.Path);
        busy.BusyTimeout.Should().Be(Short);
        busy.InnerException.Should().BeOfType<Microsoft.Data.Sqlite.SqliteException>();

        // Once the lock is gone the same batch goes in whole.
        await store.AppendIncomingAsync([Event(2), Event(3), Event(4), Event(5)]);
        (await EventIdsAsync(store)).Should().Equal(1, 2, 3, 4, 5);
    }

    [Fact]
    public async Task A_replaced_deal_stage_map_meeting_a_held_write_lock_keeps_the_old_map_whole()
    {
        await using var host = await StartAsync(Short);
        var store = host.Get<IDealStageMapStore>();
        DealStageMapEntry[] old = [new("s1", "Enquiry", 1, "Open"), new("s2", "Won", 2, "Closed Won")];
        await store.SaveDealStageMapAsync("p1", "Enrolments", old);

        using (SqliteWriteLock.Take(_database.Path))
        {
            await store.Awaiting(s => s.SaveDealStageMapAsync("p2", "Other", [new("t1", "New", 3, "Open")])).Should().ThrowAsync<SqliteStoreBusyException>();
        }

        var map = (await store.GetDealStageMapAsync())!;
        map.PipelineId.Should().Be("p1");
        map.Entries.Should().BeEquivalentTo(old, "the delete of the old rows and the insert of the new ones are one transaction");
    }

    [Fact]
    public async Task A_write_waits_for_a_lock_released_within_its_busy_timeout_and_then_succeeds()
    {
        await using var host = await StartAsync(TimeSpan.FromSeconds(30));
        var store = host.Get<IRecordLinkStore>();

        Task<RecordLink> link;
        using (SqliteWriteLock.Take(_database.Path))
        {
            // On another thread: Microsoft.Data.Sqlite waits for a lock synchronously, even in its async methods.
            link = Task.Run(async () => await store.LinkAsync(MappedEntity.Contact, 7001, "501"));
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            link.IsCompleted.Should().BeFalse("the write waits for the lock instead of failing at once");
        }

        (await link).HubSpotId.Should().Be("501");
        (await store.FindByAxcelerateIdAsync(MappedEntity.Contact, 7001))!.HubSpotId.Should().Be("501");
    }

    [Fact]
    public void A_busy_timeout_that_is_not_positive_is_refused_naming_the_option()
    {
        var open = () => new SqliteIntegrationStore(_database.ConnectionString, new SqliteStoreOptions { BusyTimeout = TimeSpan.Zero });

        open.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*SqliteStoreOptions.BusyTimeout*");
    }
}
