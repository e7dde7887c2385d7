using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Axcelerate.HubSpot.PostgreSql.Tests;

/// <summary>Schema creation and migration: once, under the advisory lock, whoever starts first.</summary>
public sealed class PostgreSqlMigrationTests
{
    private static IEnumerable<int> AllVersions => PostgreSqlMigrations.All.Select(m => m.Version);

    [Fact]
    public async Task Several_instances_starting_together_on_an_empty_database_make_one_schema_and_migrate_it_once()
    {
        using var database = await TempPostgresDatabase.CreateAsync();
        var logs = new FakeLogCollector();
        using var gate = new Barrier(6);

        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
        {
            gate.SignalAndWait();
            return new PostgreSqlIntegrationStore(database.ConnectionString, logger: new FakeLogger<PostgreSqlIntegrationStore>(logs));
        })));
        try
        {
            for (var i = 0; i < stores.Length; i++)
            {
                await stores[i].LinkAsync(MappedEntity.Contact, i + 1, $"hs-{i}");
            }

            (await stores[0].ListRecordLinksAsync(MappedEntity.Contact)).Items.Should().HaveCount(6, "every instance writes to the one schema");
        }
        finally
        {
            foreach (var store in stores)
            {
                store.Dispose();
            }
        }

        (await PostgresServer.QueryAsync<int>($"SELECT version FROM \"{PostgreSqlStoreOptions.DefaultSchema}\".schema_version ORDER BY version;", database.ConnectionString))
            .Should().Equal(AllVersions);
        (await PostgresServer.QueryAsync<string>("SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 'axcelerate%';", database.ConnectionString))
            .Should().Equal(PostgreSqlStoreOptions.DefaultSchema);
        logs.GetSnapshot().Where(r => r.Level == LogLevel.Information && r.Message.Contains("applied schema migration", StringComparison.Ordinal))
            .Should().HaveCount(PostgreSqlMigrations.All.Count, "each migration is applied by one instance only");
    }

    [Fact]
    public async Task Applies_each_migration_once_however_often_the_store_is_opened()
    {
        using var schema = new TempSchema();
        for (var i = 0; i < 3; i++)
        {
            using var store = new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, schema.Options);
        }

        (await SchemaVersions(schema)).Should().Equal(AllVersions);
    }

    [Fact]
    public async Task Upgrades_a_version_1_schema_keeping_its_data()
    {
        using var schema = new TempSchema();
        var sql = new PostgreSqlStoreSql(schema.Name);
        await PostgresServer.ExecuteAsync(sql.Apply(
            $"CREATE SCHEMA {sql.QuotedSchema}; CREATE TABLE axhs.schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL); " +
            PostgreSqlMigrations.All[0].Sql +
            "; INSERT INTO axhs.schema_version VALUES (1, 'v1', 0); INSERT INTO axhs.record_links (entity, axcelerate_id, hubspot_id, linked_at) VALUES ('Contact', 7, 'hs-7', 0);"));

        using var store = new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, schema.Options);

        (await SchemaVersions(schema)).Should().Equal(AllVersions);
        (await store.FindByAxcelerateIdAsync(MappedEntity.Contact, 7))!.HubSpotId.Should().Be("hs-7");
        (await store.TryAcquireLeaseAsync("import", "host-a", TimeSpan.FromMinutes(1))).Should().NotBeNull("version 2 added the leases");
    }

    [Fact]
    public async Task Refuses_a_schema_newer_than_it_knows()
    {
        using var schema = new TempSchema();
        using (new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, schema.Options))
        {
        }

        await PostgresServer.ExecuteAsync($"INSERT INTO \"{schema.Name}\".schema_version VALUES ({PostgreSqlMigrations.LatestVersion + 1}, 'future', 0);");
        var open = () => new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, schema.Options);

        open.Should().Throw<InvalidOperationException>().WithMessage($"*schema version {PostgreSqlMigrations.LatestVersion + 1}*Upgrade the package*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Public")]
    [InlineData("x; DROP TABLE y")]
    [InlineData("1abc")]
    public void Refuses_an_unusable_schema_name_and_says_what_is_allowed(string name)
    {
        var open = () => new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, new PostgreSqlStoreOptions { Schema = name });

        open.Should().Throw<ArgumentException>().WithMessage("*not a usable schema name*lower-case letters, digits and underscores*");
    }

    [Fact]
    public async Task Stores_in_two_schemas_of_one_database_keep_their_data_apart()
    {
        using var first = new TempSchema();
        using var second = new TempSchema();
        using var a = new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, first.Options);
        using var b = new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, second.Options);

        await a.LinkAsync(MappedEntity.Contact, 1, "hs-1");
        await a.TryAcquireLeaseAsync("import", "host-a", TimeSpan.FromMinutes(1));

        (await b.FindByAxcelerateIdAsync(MappedEntity.Contact, 1)).Should().BeNull();
        (await b.LinkAsync(MappedEntity.Contact, 2, "hs-1")).AxcelerateId.Should().Be(2, "the other schema's link does not conflict");
        (await b.TryAcquireLeaseAsync("import", "host-b", TimeSpan.FromMinutes(1))).Should().NotBeNull("leases are per schema");
        a.Schema.Should().Be(first.Name);
    }

    private static Task<List<int>> SchemaVersions(TempSchema schema) =>
        PostgresServer.QueryAsync<int>($"SELECT version FROM \"{schema.Name}\".schema_version ORDER BY version;");
}
