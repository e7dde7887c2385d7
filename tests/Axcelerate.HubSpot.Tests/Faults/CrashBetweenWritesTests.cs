using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Tests.Import;
using Axcelerate.HubSpot.Tests.Push;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Faults;

/// <summary>
/// A process that dies between a remote write and the store write that records it: the remote record exists, its link
/// does not. The store write fails for real (another connection holds the SQLite file's write lock, so the link write
/// times out), the process is thrown away, and a fresh one over the same file runs again. It must find the record
/// instead of creating a second. Over real HTTP against the strict sandbox.
/// </summary>
public sealed class CrashBetweenWritesTests
{
    // A process: the SDK registered afresh against the sandbox and the SQLite file.
    private static ServiceProvider Process(SandboxHost host, TempDatabase database, Action<HubSpotIntegrationBuilder>? builder = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(host.Clock); // the sandbox's clock, so a dead process's import lease can lapse
        var registered = services.AddHubSpotIntegration(o =>
        {
            host.PointAt(o);
            o.Import.PageSize = 5;
            o.OutgoingLog.Enabled = false; // the log's own store writes would each wait out the lock too; this is about the link write
        }).UseSqliteStore(database.ConnectionString, o => o.BusyTimeout = TimeSpan.FromMilliseconds(200));
        builder?.Invoke(registered);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task An_import_that_dies_after_creating_the_aXcelerate_contact_but_before_storing_its_link_finds_it_by_email_on_the_next_run()
    {
        await using var host = await SandboxHost.StartAsync();
        using var database = new TempDatabase();
        var ids = host.AddHubSpotContacts(5);

        SqliteWriteLock? held = null;
        try
        {
            await using (var first = Process(host, database))
            {
                // After the first record is done, another connection takes the write lock: the second record's
                // aXcelerate create goes through, its link write cannot.
                var progress = new RecordingProgress(p => held ??= p.Done == 1 ? SqliteWriteLock.Take(database.Path) : null);
                var run = () => first.GetRequiredService<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact), progress);

                var crash = (await run.Should().ThrowAsync<SqliteStoreBusyException>()).Which;
                crash.Message.Should().Contain(database.Path).And.Contain("locked");
                host.AxcelerateContactsWithEmail().Should().HaveCount(2, "the second contact reached aXcelerate before the link write failed");
                (await first.GetRequiredService<IRecordLinkStore>().FindByHubSpotIdAsync(MappedEntity.Contact, ids[1])).Should().BeNull("its link was never stored");
            }
        }
        finally
        {
            held?.Dispose();
        }

        // The dead process could not release its import lease (the store was locked): it lapses before the next run.
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await using var second = Process(host, database);
        var report = await second.GetRequiredService<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact));

        report.IsComplete.Should().BeTrue();
        report.Records.Single(r => r.HubSpotId == ids[1]).Outcome.Should().Be(ImportOutcome.Linked, "it is found by its email, not created again");
        host.AxcelerateContactsWithEmail().Select(c => c["EMAILADDRESS"]).Should().HaveCount(5).And.OnlyHaveUniqueItems();
        var links = await second.GetRequiredService<IRecordLinkStore>().FindByHubSpotIdsAsync(MappedEntity.Contact, ids);
        links.Should().HaveCount(5);
    }

    [Fact]
    public async Task A_push_that_dies_after_creating_the_HubSpot_contact_but_before_storing_its_link_finds_it_by_email_on_the_next_run()
    {
        await using var host = await SandboxHost.StartAsync();
        using var database = new TempDatabase();
        var contact = host.Sandbox.Axcelerate.AddContact("Ada", "Lovelace", "ada@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Analyst" });
        using var lockAfterCreate = new LockAfter("/contacts/batch/upsert", database.Path);

        await using (var first = Process(host, database, b => b.HubSpotHttpClient.AddHttpMessageHandler(() => lockAfterCreate.Handler())))
        {
            await first.GetRequiredService<ISyncSettingsService>().SetAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.PushContactOnCreate] = true, [SyncFlow.PushContactOnUpdate] = true });
            var push = () => first.GetRequiredService<IContactPushService>().PushAsync(contact.Id);

            await push.Should().ThrowAsync<SqliteStoreBusyException>();
            host.HubSpotContactsWithEmail("ada@example.edu.au").Should().ContainSingle("the create reached HubSpot before the link write failed");
            (await first.GetRequiredService<IRecordLinkStore>().FindByAxcelerateIdAsync(MappedEntity.Contact, contact.Id)).Should().BeNull();
        }

        lockAfterCreate.Release();
        await using var second = Process(host, database);
        var result = await second.GetRequiredService<IContactPushService>().PushAsync(contact.Id);

        result.Outcome.Should().BeOneOf([ContactPushOutcome.Linked, ContactPushOutcome.Unchanged, ContactPushOutcome.Updated], result.Reason);
        var only = host.HubSpotContactsWithEmail("ada@example.edu.au").Should().ContainSingle("found by email, not created again").Subject;
        result.HubSpotId.Should().Be(only.Id);
        (await second.GetRequiredService<IRecordLinkStore>().FindByAxcelerateIdAsync(MappedEntity.Contact, contact.Id))!.HubSpotId.Should().Be(only.Id);
    }

    // Takes the SQLite write lock once the answer to a request whose path ends so has come back (the remote write is done).
    private sealed class LockAfter(string pathEnd, string databasePath) : IDisposable
    {
        private SqliteWriteLock? _held;

        public DelegatingHandler Handler() => new Hook(this);

        public void Release()
        {
            _held?.Dispose();
            _held = null;
        }

        public void Dispose() => Release();

        private void Answered(HttpRequestMessage request, HttpResponseMessage response)
        {
            if (response.IsSuccessStatusCode && request.RequestUri!.AbsolutePath.EndsWith(pathEnd, StringComparison.Ordinal))
            {
                _held ??= SqliteWriteLock.Take(databasePath);
            }
        }

        private sealed class Hook(LockAfter owner) : DelegatingHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var response = await base.SendAsync(request, cancellationToken);
                owner.Answered(request, response);
                return response;
            }
        }
    }
}
