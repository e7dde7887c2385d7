using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql.Tests;

/// <summary>Durability, several instances on one database, exact times, registration and secrets.</summary>
public sealed class PostgreSqlStoreTests : IDisposable
{
    private readonly TempSchema _schema = new();

    public void Dispose() => _schema.Dispose();

    private PostgreSqlIntegrationStore Open(TimeProvider? time = null) => new(PostgresServer.ConnectionString, _schema.Options, time);

    [Fact]
    public async Task Everything_written_survives_closing_and_reopening_the_store()
    {
        long incomingId, outgoingId;
        using (var store = Open())
        {
            await store.LinkAsync(MappedEntity.Contact, 101, "9001");
            await store.RecordSyncAsync(MappedEntity.Contact, 101, SyncDirection.ToAxcelerate, "hash");
            await store.SetUserLinkAsync("owner-1", 10, "a@x.test", UserLinkMethod.Manual);
            await store.SeedDefaultFieldMappingsAsync(MappedEntity.Contact, [new(MappedEntity.Contact, "emailAddress", "email", FieldType.Email)]);
            await store.SaveDealStageMapAsync("default", "Sales", [new("closedwon", "Closed won", 5, "Won")]);
            await store.SetSyncSettingsAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.ContactMergeWebhook] = true });
            await store.SaveCheckpointAsync(new ImportCheckpoint(MappedEntity.Organisation, "after-50", new ImportCounts(1, 2, 3, 4, 5, 6)));
            await store.SaveAsync(new HubSpotTokenSet("access", "refresh", DateTimeOffset.UnixEpoch.AddDays(1)) { HubId = 7 });
            await store.SavePollWatermarkAsync("contacts", new DateOnly(2026, 3, 4));
            incomingId = (await store.AppendIncomingAsync([new(1, "contact.creation", "9001", DateTimeOffset.UnixEpoch, "{}")]))[0].Entry.Id;
            await store.MarkIncomingAsync(incomingId, IncomingStatus.Failed, "boom");
            outgoingId = (await store.AppendOutgoingAsync(new NewOutgoingEntry("contact.create", "POST /contacts", OutgoingStatus.Succeeded))).Id;
        }

        using var reopened = Open();

        (await reopened.FindByHubSpotIdAsync(MappedEntity.Contact, "9001"))!.LastSyncedToAxcelerate!.ValuesHash.Should().Be("hash");
        (await reopened.GetUserLinkAsync("owner-1"))!.AxcelerateContactId.Should().Be(10);
        (await reopened.ListFieldMappingsAsync(MappedEntity.Contact)).Should().ContainSingle().Which.Type.Should().Be(FieldType.Email);
        (await reopened.SeedDefaultFieldMappingsAsync(MappedEntity.Contact, [])).Should().BeFalse("the configured marker is durable too");
        (await reopened.GetDealStageMapAsync())!.Entries.Should().ContainSingle().Which.OpportunityStatusName.Should().Be("Won");
        (await reopened.GetSyncSettingsAsync()).Should().Contain(SyncFlow.ContactMergeWebhook, true);
        (await reopened.GetCheckpointAsync(MappedEntity.Organisation))!.Counts.Should().Be(new ImportCounts(1, 2, 3, 4, 5, 6));
        (await reopened.GetAsync())!.HubId.Should().Be(7);
        (await reopened.GetPollWatermarkAsync("contacts")).Should().Be(new DateOnly(2026, 3, 4));
        (await reopened.GetIncomingAsync(incomingId)).Should().BeEquivalentTo(new { Status = IncomingStatus.Failed, Error = "boom" });
        (await reopened.GetOutgoingAsync(outgoingId))!.Operation.Should().Be("contact.create");
        (await reopened.AppendIncomingAsync([new(1, "contact.creation", "9001", DateTimeOffset.UnixEpoch, "{}")]))[0].IsDuplicate.Should().BeTrue();
    }

    [Fact]
    public async Task Two_store_instances_on_one_database_see_each_others_writes_and_conflicts()
    {
        using var first = Open();
        using var second = Open();

        await first.LinkAsync(MappedEntity.Contact, 1, "a");
        var checkpoint = await first.SaveCheckpointAsync(new ImportCheckpoint(MappedEntity.Contact, null, default));
        var takenLink = async () => await second.LinkAsync(MappedEntity.Contact, 2, "a");
        await second.SaveCheckpointAsync(checkpoint with { Cursor = "x" });
        var staleCheckpoint = async () => await first.SaveCheckpointAsync(checkpoint with { Cursor = "y" });

        await takenLink.Should().ThrowAsync<StoreConflictException>();
        await staleCheckpoint.Should().ThrowAsync<StoreConflictException>();
        (await first.GetCheckpointAsync(MappedEntity.Contact))!.Cursor.Should().Be("x");
        (await first.TryAcquireLeaseAsync("import", "host-a", TimeSpan.FromMinutes(1))).Should().NotBeNull();
        (await second.TryAcquireLeaseAsync("import", "host-b", TimeSpan.FromMinutes(1))).Should().BeNull("the other instance holds the lease");
    }

    [Fact]
    public async Task Racing_instances_share_one_rate_budget_without_exceeding_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));
        var stores = Enumerable.Range(0, 3).Select(_ => Open(clock)).ToList();
        try
        {
            var granted = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
                await stores[i % stores.Count].TakeRatePermitsAsync("hubspot:general", 9, 100, TimeSpan.FromSeconds(10)))));

            granted.Sum().Should().Be(100, "30 takers on 3 instances asking 9 each exceed the 100 allowed, which are all handed out");
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Keeps_times_to_the_tick()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero).AddTicks(1_234_567));
        using var store = Open(clock);
        var published = new DateTimeOffset(2026, 3, 1, 19, 0, 0, TimeSpan.FromHours(10)).AddTicks(7);

        var link = await store.LinkAsync(MappedEntity.Contact, 1, "hs-1");
        var lease = await store.TryAcquireLeaseAsync("import", "host-a", TimeSpan.FromTicks(30 * TimeSpan.TicksPerSecond + 3));
        await store.SaveJournalCheckpointAsync(new WebhooksJournalCheckpoint("global", "o", published));
        var outgoing = await store.AppendOutgoingAsync(new NewOutgoingEntry("import", "GET /x", OutgoingStatus.Succeeded) { Duration = TimeSpan.FromTicks(12_345_678_901) });

        (await store.FindByAxcelerateIdAsync(MappedEntity.Contact, 1))!.LinkedAt.Should().Be(link.LinkedAt).And.Be(clock.GetUtcNow());
        (await store.GetLeaseAsync("import"))!.ExpiresAt.Should().Be(lease!.ExpiresAt).And.Be(clock.GetUtcNow().AddTicks((30 * TimeSpan.TicksPerSecond) + 3));
        (await store.GetJournalCheckpointAsync("global"))!.PublishedAt.Should().Be(published);
        (await store.GetOutgoingAsync(outgoing.Id))!.Duration.Should().Be(TimeSpan.FromTicks(12_345_678_901));
    }

    [Fact]
    public async Task UsePostgreSqlStore_serves_every_store_part_and_the_token_store_from_one_store()
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "unused").UsePostgreSqlStore(PostgresServer.ConnectionString, o => o.Schema = _schema.Name);
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IIntegrationStore>();
        store.Should().BeOfType<PostgreSqlIntegrationStore>().Which.Schema.Should().Be(_schema.Name);
        provider.GetRequiredService<IIncomingLogStore>().Should().BeSameAs(store);
        provider.GetRequiredService<ILeaseStore>().Should().BeSameAs(store);
        provider.GetRequiredService<IRateBudgetStore>().Should().BeSameAs(store);
        provider.GetRequiredService<IHubSpotTokenStore>().Should().BeSameAs(store);
        await provider.GetRequiredService<IRecordLinkStore>().LinkAsync(MappedEntity.Contact, 5, "hs-5");
        (await PostgresServer.QueryAsync<string>($"SELECT hubspot_id FROM \"{_schema.Name}\".record_links;")).Should().Equal("hs-5");
    }

    [Fact]
    public async Task UsePostgreSqlStore_over_the_hosts_data_source_leaves_it_open_when_the_store_goes()
    {
        await using var dataSource = NpgsqlDataSource.Create(PostgresServer.ConnectionString);
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "unused").UsePostgreSqlStore(dataSource, o => o.Schema = _schema.Name);
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<IRecordLinkStore>().LinkAsync(MappedEntity.Contact, 5, "hs-5");
        }

        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{_schema.Name}\".record_links;", connection);
        (await command.ExecuteScalarAsync()).Should().Be(1L);
    }

    [Fact]
    public void UsePostgreSqlStore_rejects_a_bad_schema_name_when_the_host_is_configured()
    {
        var services = new ServiceCollection();
        var builder = services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "unused");

        var configure = () => builder.UsePostgreSqlStore(PostgresServer.ConnectionString, o => o.Schema = "Bad-Name");

        configure.Should().Throw<ArgumentException>().WithMessage("*'Bad-Name' is not a usable schema name*");
    }

    [Fact]
    public void A_malformed_connection_string_is_reported_without_its_password()
    {
        var open = () => new PostgreSqlIntegrationStore("Host=127.0.0.1;Password=hunter2-secret;Colour=blue");

        var error = open.Should().Throw<ArgumentException>().WithMessage("The PostgreSQL connection string is malformed*").Which;
        error.ToString().Should().NotContain("hunter2-secret");
    }

    [Fact]
    public void A_server_that_cannot_be_reached_is_reported_without_the_password()
    {
        var open = () => new PostgreSqlIntegrationStore("Host=127.0.0.1;Port=1;Database=x;Username=app;Password=hunter2-secret;Timeout=5");

        var error = open.Should().Throw<Exception>().Which;
        error.ToString().Should().NotContain("hunter2-secret");
    }

    [Fact]
    public async Task Logs_the_database_and_schema_but_never_the_password()
    {
        var logs = new FakeLogCollector();
        var withPassword = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Password = "hunter2-secret" }.ConnectionString;

        using (var store = new PostgreSqlIntegrationStore(withPassword, _schema.Options, logger: new FakeLogger<PostgreSqlIntegrationStore>(logs)))
        {
            await store.LinkAsync(MappedEntity.Contact, 1, "hs-1");
        }

        var records = logs.GetSnapshot();
        records.Should().Contain(r => r.Level == LogLevel.Information && r.Message.Contains(_schema.Name, StringComparison.Ordinal));
        records.Should().OnlyContain(r => !r.Message.Contains("hunter2-secret", StringComparison.Ordinal)
            && (r.StructuredState == null || r.StructuredState.All(kv => kv.Value == null || !kv.Value.Contains("hunter2-secret", StringComparison.Ordinal))));
    }
}
