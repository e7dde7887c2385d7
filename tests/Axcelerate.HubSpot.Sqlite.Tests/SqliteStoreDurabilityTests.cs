using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Microsoft.Data.Sqlite;

namespace Axcelerate.HubSpot.Sqlite.Tests;

public sealed class SqliteStoreDurabilityTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    // How durably the store commits (SqliteStoreOptions.DurableCommits): every commit waits for the disk by default, so a
    // webhook acknowledged to HubSpot survives a power cut; a bulk run may trade that for speed.
    [Theory]
    [InlineData(null, 2L)]   // the default: FULL
    [InlineData(true, 2L)]
    [InlineData(false, 1L)]  // NORMAL
    public void Every_store_connection_commits_as_durably_as_the_options_say(bool? durableCommits, long expected)
    {
        var options = new SqliteStoreOptions();
        if (durableCommits is { } durable)
        {
            options.DurableCommits = durable;
        }

        using var store = new SqliteIntegrationStore(_database.ConnectionString, options);
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";

        command.ExecuteScalar().Should().Be(expected);
    }

    [Fact]
    public async Task Everything_written_survives_closing_and_reopening_the_file()
    {
        long incomingId, outgoingId;
        using (var store = new SqliteIntegrationStore(_database.ConnectionString))
        {
            await store.LinkAsync(MappedEntity.Contact, 101, "9001");
            await store.RecordSyncAsync(MappedEntity.Contact, 101, SyncDirection.ToAxcelerate, "hash");
            await store.SetUserLinkAsync("owner-1", 10, "a@x.test", UserLinkMethod.Manual);
            await store.SeedDefaultFieldMappingsAsync(MappedEntity.Contact, [new(MappedEntity.Contact, "emailAddress", "email", FieldType.Email)]);
            await store.SaveDealStageMapAsync("default", "Sales", [new("closedwon", "Closed won", 5, "Won")]);
            await store.SetSyncSettingsAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.ContactMergeWebhook] = true });
            await store.SaveCheckpointAsync(new ImportCheckpoint(MappedEntity.Organisation, "after-50", new ImportCounts(1, 2, 3, 4, 5, 6)));
            await store.SaveAsync(new HubSpotTokenSet("access", "refresh", DateTimeOffset.UnixEpoch.AddDays(1)) { HubId = 7 });
            incomingId = (await store.AppendIncomingAsync([new(1, "contact.creation", "9001", DateTimeOffset.UnixEpoch, "{}")]))[0].Entry.Id;
            await store.MarkIncomingAsync(incomingId, IncomingStatus.Failed, "boom");
            outgoingId = (await store.AppendOutgoingAsync(new NewOutgoingEntry("contact.create", "POST /contacts", OutgoingStatus.Succeeded))).Id;
        }

        using var reopened = new SqliteIntegrationStore(_database.ConnectionString);

        (await reopened.FindByHubSpotIdAsync(MappedEntity.Contact, "9001"))!.LastSyncedToAxcelerate!.ValuesHash.Should().Be("hash");
        (await reopened.GetUserLinkAsync("owner-1"))!.AxcelerateContactId.Should().Be(10);
        (await reopened.ListFieldMappingsAsync(MappedEntity.Contact)).Should().ContainSingle().Which.Type.Should().Be(FieldType.Email);
        (await reopened.SeedDefaultFieldMappingsAsync(MappedEntity.Contact, [])).Should().BeFalse("the configured marker is durable too");
        (await reopened.GetDealStageMapAsync())!.Entries.Should().ContainSingle().Which.OpportunityStatusName.Should().Be("Won");
        (await reopened.GetSyncSettingsAsync()).Should().Contain(SyncFlow.ContactMergeWebhook, true);
        (await reopened.GetCheckpointAsync(MappedEntity.Organisation))!.Counts.Should().Be(new ImportCounts(1, 2, 3, 4, 5, 6));
        (await reopened.GetAsync())!.HubId.Should().Be(7);
        (await reopened.GetIncomingAsync(incomingId)).Should().BeEquivalentTo(new { Status = IncomingStatus.Failed, Error = "boom" });
        (await reopened.GetOutgoingAsync(outgoingId))!.Operation.Should().Be("contact.create");
        (await reopened.AppendIncomingAsync([new(1, "contact.creation", "9001", DateTimeOffset.UnixEpoch, "{}")]))[0].IsDuplicate.Should().BeTrue();
    }

    [Fact]
    public void Applies_each_migration_once_however_often_the_store_is_opened()
    {
        for (var i = 0; i < 3; i++)
        {
            using var store = new SqliteIntegrationStore(_database.ConnectionString);
        }

        SchemaVersions().Should().Equal(SqliteMigrations.All.Select(m => (long)m.Version));
    }

    [Fact]
    public async Task Migrates_safely_when_several_openers_race_on_a_new_file()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => new SqliteIntegrationStore(_database.ConnectionString))));
        foreach (var store in stores)
        {
            await store.LinkAsync(MappedEntity.Contact, Array.IndexOf(stores, store) + 1, $"hs-{Array.IndexOf(stores, store)}");
            store.Dispose();
        }

        SchemaVersions().Should().Equal(SqliteMigrations.All.Select(m => (long)m.Version));
    }

    [Fact]
    public async Task Upgrades_a_version_1_file_keeping_its_outgoing_log_and_recording_the_new_fields()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(_database.Path)!);
        Scalar("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL); SELECT 1;");
        Scalar(SqliteMigrations.All[0].Sql + "; SELECT 1;");
        Scalar("INSERT INTO schema_version (version, name, applied_at) VALUES (1, 'v1', 0); " +
            "INSERT INTO outgoing_log (operation, request_summary, status, timestamp) VALUES ('contact.create', 'POST /contacts', 'Succeeded', 0); SELECT 1;");

        using var store = new SqliteIntegrationStore(_database.ConnectionString);
        var old = (await store.QueryOutgoingAsync(new OutgoingLogQuery())).Items.Should().ContainSingle().Which;
        var added = await store.AppendOutgoingAsync(new NewOutgoingEntry("import", "GET /api/contact/1", OutgoingStatus.Succeeded) { Service = RemoteService.Axcelerate, Attempt = 1 });

        SchemaVersions().Should().Equal(SqliteMigrations.All.Select(m => (long)m.Version));
        old.Should().BeEquivalentTo(new { Operation = "contact.create", Service = (RemoteService?)null, Attempt = (int?)null });
        (await store.GetOutgoingAsync(added.Id))!.Should().BeEquivalentTo(new { Service = (RemoteService?)RemoteService.Axcelerate, Attempt = (int?)1 });
    }

    [Fact]
    public void Puts_the_database_in_WAL_mode()
    {
        using var store = new SqliteIntegrationStore(_database.ConnectionString);

        Scalar("PRAGMA journal_mode;").Should().Be("wal");
    }

    [Fact]
    public void Refuses_to_open_a_database_newer_than_it_knows()
    {
        using (new SqliteIntegrationStore(_database.ConnectionString))
        {
        }

        Scalar($"INSERT INTO schema_version (version, name, applied_at) VALUES ({SqliteMigrations.LatestVersion + 1}, 'future', 0); SELECT 1;");

        var open = () => new SqliteIntegrationStore(_database.ConnectionString);

        open.Should().Throw<InvalidOperationException>().WithMessage($"*schema version {SqliteMigrations.LatestVersion + 1}*Upgrade the package*");
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory")]
    public void Refuses_an_in_memory_connection_string_and_points_to_UseInMemoryStore(string connectionString)
    {
        var open = () => new SqliteIntegrationStore(connectionString);

        open.Should().Throw<ArgumentException>().WithMessage("*needs a database file*UseInMemoryStore()*");
    }

    [Fact]
    public void Reports_a_malformed_connection_string()
    {
        var open = () => new SqliteIntegrationStore("Data Sauce=x.db");

        open.Should().Throw<ArgumentException>().WithMessage("The SQLite connection string is malformed*");
    }

    [Fact]
    public async Task Two_store_instances_on_one_file_see_each_others_writes_and_conflicts()
    {
        using var first = new SqliteIntegrationStore(_database.ConnectionString);
        using var second = new SqliteIntegrationStore(_database.ConnectionString);

        await first.LinkAsync(MappedEntity.Contact, 1, "a");
        var checkpoint = await first.SaveCheckpointAsync(new ImportCheckpoint(MappedEntity.Contact, null, default));
        var takenLink = async () => await second.LinkAsync(MappedEntity.Contact, 2, "a");
        await second.SaveCheckpointAsync(checkpoint with { Cursor = "x" });
        var staleCheckpoint = async () => await first.SaveCheckpointAsync(checkpoint with { Cursor = "y" });

        await takenLink.Should().ThrowAsync<StoreConflictException>();
        await staleCheckpoint.Should().ThrowAsync<StoreConflictException>();
        (await first.GetCheckpointAsync(MappedEntity.Contact))!.Cursor.Should().Be("x");
    }

    private List<long> SchemaVersions()
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version ORDER BY version;";
        using var reader = command.ExecuteReader();
        var versions = new List<long>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
