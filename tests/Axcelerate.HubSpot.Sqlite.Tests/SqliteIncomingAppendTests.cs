using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Sqlite.Tests;

/// <summary>
/// The incoming log's batch append (one prepared insert per batch, the new rows built without reading them back, one
/// writer of the process at a time): what it returns is what the file holds, and concurrent batches all land.
/// </summary>
public sealed class SqliteIncomingAppendTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_entries_an_append_returns_are_the_rows_stored_and_a_repeat_returns_the_stored_row_as_a_duplicate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));
        using var store = new SqliteIntegrationStore(_database.ConnectionString, clock);
        var occurred = new DateTimeOffset(2026, 3, 2, 8, 29, 59, 123, TimeSpan.Zero);
        NewIncomingEvent[] batch =
        [
            new(1, "contact.propertyChange", "9001", occurred, """{"eventId":1}""") { PortalId = 42 },
            new(2, "contact.creation", "9002", occurred, """{"eventId":2}"""),
        ];

        var appended = await store.AppendIncomingAsync(batch);
        clock.Advance(TimeSpan.FromMinutes(1));
        var repeated = await store.AppendIncomingAsync([batch[1], new(3, "contact.deletion", "9003", occurred, "{}")]);

        appended.Should().OnlyContain(r => !r.IsDuplicate);
        foreach (var result in appended)
        {
            var stored = await store.GetIncomingAsync(result.Entry.Id);
            stored.Should().BeEquivalentTo(result.Entry, "the returned entry is the row as stored");
        }

        appended[0].Entry.Should().Match<IncomingLogEntry>(e => e.PortalId == 42 && e.Status == IncomingStatus.Pending && e.Attempts == 0 && e.ReceivedAt == clock.Start);
        repeated[0].IsDuplicate.Should().BeTrue();
        repeated[0].Entry.Should().BeEquivalentTo(appended[1].Entry, "a repeat answers with the row first stored");
        repeated[1].IsDuplicate.Should().BeFalse();
        repeated[1].Entry.ReceivedAt.Should().Be(clock.Start.AddMinutes(1));
    }

    [Fact]
    public async Task Ten_concurrent_batches_of_a_hundred_are_all_stored()
    {
        using var store = new SqliteIntegrationStore(_database.ConnectionString);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(s => Task.Run(async () =>
            await store.AppendIncomingAsync(Enumerable.Range(0, 100).Select(i => new NewIncomingEvent((s * 100) + i, "contact.propertyChange", "1", DateTimeOffset.UnixEpoch, "{}")).ToList()))));

        results.SelectMany(r => r).Should().HaveCount(1000).And.OnlyContain(r => !r.IsDuplicate);
        results.SelectMany(r => r).Select(r => r.Entry.Id).Should().OnlyHaveUniqueItems();
        var stored = 0;
        string? token = null;
        do
        {
            var page = await store.QueryIncomingAsync(new IncomingLogQuery { PageSize = 100, ContinuationToken = token });
            stored += page.Items.Count;
            token = page.ContinuationToken;
        }
        while (token is not null);

        stored.Should().Be(1000);
    }
}
