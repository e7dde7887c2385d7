using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Sqlite.Tests.Faults;

/// <summary>
/// A SQLite store write of several statements is all or nothing even when it fails between two of its statements
/// (not only when it cannot take the lock): a trigger aborts a later statement of the write, and the earlier
/// statements' effects must be gone afterwards. The store comes from the real registration over the sandbox.
/// </summary>
public sealed class SqliteAtomicWriteTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private Task<SandboxHost> StartAsync() =>
        SandboxHost.StartAsync(builder: b => b.UseSqliteStore(_database.ConnectionString));

    private static FieldMapping Mapping(string axcelerate, string hubSpot) => new(MappedEntity.Contact, axcelerate, hubSpot, FieldType.Text);

    // Another connection (as an administrator's tool would) adds a trigger that fails one statement of the next write.
    private void AddFailingTrigger(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.Path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_replaced_field_map_failing_on_its_last_insert_keeps_the_old_map_its_delete_and_first_insert_undone()
    {
        await using var host = await StartAsync();
        var store = host.Get<IFieldMappingStore>();
        await store.ReplaceFieldMappingsAsync(MappedEntity.Contact, [Mapping("city", "city"), Mapping("position", "jobtitle")]);
        AddFailingTrigger("""
            CREATE TRIGGER injected_failure BEFORE INSERT ON field_mappings WHEN NEW.hubspot_property = 'poison'
            BEGIN SELECT RAISE(ABORT, 'injected failure between two statements of one write'); END;
            """);

        // The write runs: DELETE the old map, INSERT 'mobilephone' (both succeed), INSERT 'poison' (aborted).
        var replace = () => store.ReplaceFieldMappingsAsync(MappedEntity.Contact, [Mapping("mobilephone", "mobilephone"), Mapping("fax", "poison")]).AsTask();

        (await replace.Should().ThrowAsync<SqliteException>()).Which.Message.Should().Contain("injected failure");
        var after = await store.ListFieldMappingsAsync(MappedEntity.Contact);
        after.Select(m => m.HubSpotProperty).Should().BeEquivalentTo(["city", "jobtitle"], "the failed write's DELETE and first INSERT are rolled back with it");
    }

    [Fact]
    public async Task An_upserted_mapping_whose_second_statement_fails_is_not_stored()
    {
        await using var host = await StartAsync();
        var store = host.Get<IFieldMappingStore>();
        await store.ListFieldMappingsAsync(MappedEntity.Organisation); // opens the store (its schema is created on first use)
        AddFailingTrigger("""
            CREATE TRIGGER injected_failure BEFORE INSERT ON field_mapping_entities
            BEGIN SELECT RAISE(ABORT, 'injected failure between two statements of one write'); END;
            """);

        // The write runs: upsert the mapping (succeeds), then mark the entity's map as configured (aborted).
        var upsert = () => store.UpsertFieldMappingAsync(new FieldMapping(MappedEntity.Organisation, "website", "website", FieldType.Text)).AsTask();

        (await upsert.Should().ThrowAsync<SqliteException>()).Which.Message.Should().Contain("injected failure");
        (await store.ListFieldMappingsAsync(MappedEntity.Organisation)).Should().NotContain(m => m.HubSpotProperty == "website", "the mapping's insert is rolled back with the failed mark");
    }
}
