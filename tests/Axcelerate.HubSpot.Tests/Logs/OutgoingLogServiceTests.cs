using System.Text.Json;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.Faults;
using Axcelerate.HubSpot.Tests.Import;
using Axcelerate.HubSpot.Tests.Push;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Logs;

/// <summary>IOutgoingLog: what an administrator searches and reads after real requests to the sandbox, and its retention.</summary>
public sealed class OutgoingLogServiceTests
{
    [Fact]
    public async Task The_requests_of_a_push_are_found_by_service_operation_method_path_record_and_text_and_read_with_their_bodies()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        var contact = host.Sandbox.Axcelerate.AddContact("Ada", "Lovelace", "ada.lovelace@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Analyst" });
        await host.Import().ImportPageAsync(new Axcelerate.HubSpot.Import.ImportRequest(MappedEntity.Contact)); // other traffic in the log
        await host.Push().PushAsync(contact.Id);
        var log = host.Get<IOutgoingLog>();

        var upserts = await log.SearchAsync(new OutgoingLogSearch { Service = RemoteService.HubSpot, Method = "post", Path = "/batch/upsert" }).ToListAsync();
        var upsert = upserts.Should().ContainSingle().Subject;
        upsert.Operation.Should().Be(ContactPushService.Operation);
        upsert.RecordId.Should().Be(contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await log.SearchAsync(new OutgoingLogSearch { Operation = "contact.push", RecordId = upsert.RecordId }).ToListAsync())
            .Should().HaveCountGreaterThan(1, "the aXcelerate read and the HubSpot calls of the push are all about that contact")
            .And.OnlyContain(e => e.Operation == "contact.push");
        (await log.SearchAsync(new OutgoingLogSearch { Text = "ADA.LOVELACE@example" }).ToListAsync())
            .Should().Contain(e => e.Id == upsert.Id, "text is found in the bodies, case-insensitively");
        (await log.SearchAsync(new OutgoingLogSearch { Service = RemoteService.Axcelerate, Operation = "contact.push" }).ToListAsync())
            .Should().ContainSingle().Which.Method.Should().Be("GET");
        (await log.SearchAsync(new OutgoingLogSearch { Operation = "import", Path = "/batch/upsert" }).ToListAsync()).Should().BeEmpty();

        var read = await log.GetAsync(upsert.Id);
        read!.RequestBody.Should().Contain("\"jobtitle\":\"Analyst\"");
        read.Response.Should().Contain("ada.lovelace@example.edu.au");
        read.HttpStatus.Should().Be(200);
        (await log.GetAsync(upsert.Id + 10_000)).Should().BeNull();
    }

    [Fact]
    public async Task Failed_requests_are_found_by_status_and_HTTP_status_newest_first_a_page_at_a_time()
    {
        await using var host = await SandboxHost.StartAsync();
        host.Sandbox.HubSpot.Faults.FailNext(2, SandboxFault.InternalServerError, "/contacts");
        await host.HubSpot.Contacts.ListPageAsync();
        for (var i = 0; i < 3; i++)
        {
            await host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId);
        }

        var log = host.Get<IOutgoingLog>();
        var failed = await log.SearchAsync(new OutgoingLogSearch { Status = OutgoingStatus.Failed }).ToListAsync();
        failed.Should().HaveCount(2).And.OnlyContain(e => e.HttpStatus == 500 && e.Service == RemoteService.HubSpot);
        failed.Select(e => e.Attempt).Should().Equal([2, 1], "newest first: the retry after the first failure");
        (await log.SearchAsync(new OutgoingLogSearch { HttpStatus = 500 }).ToListAsync()).Should().HaveCount(2);

        var pages = await log.SearchAsync().AsPages(pageSizeHint: 2).ToListAsync();
        pages.Select(p => p.Values.Count).Should().Equal(2, 2, 2);
        var all = pages.SelectMany(p => p.Values).Select(e => e.Id).ToList();
        all.Should().BeInDescendingOrder();
        var resumed = await log.SearchAsync().AsPages(pages[0].ContinuationToken, 2).SelectMany(p => p.Values.ToAsyncEnumerable()).Select(e => e.Id).ToListAsync();
        resumed.Should().Equal(all.Skip(2), "the continuation token resumes where the page ended");
        var backwards = () => log.SearchAsync(new OutgoingLogSearch { From = DateTimeOffset.UtcNow, Before = DateTimeOffset.UtcNow.AddDays(-1) });
        backwards.Should().Throw<ArgumentException>().WithMessage("*Before*later than From*");
    }

    [Fact]
    public async Task Retention_deletes_entries_past_the_maximum_age_then_all_but_the_newest_maximum_count()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await using var services = Services(clock, o => { o.MaxAge = TimeSpan.FromDays(7); o.MaxEntries = 3; });
        var store = services.GetRequiredService<IOutgoingLogStore>();
        for (var i = 1; i <= 2; i++)
        {
            await store.AppendOutgoingAsync(new NewOutgoingEntry("import", $"old {i}", OutgoingStatus.Succeeded));
        }

        clock.Advance(TimeSpan.FromDays(8));
        for (var i = 1; i <= 4; i++)
        {
            await store.AppendOutgoingAsync(new NewOutgoingEntry("import", $"new {i}", OutgoingStatus.Succeeded));
        }

        var log = services.GetRequiredService<IOutgoingLog>();
        (await log.PruneAsync()).Should().Be(3, "two are older than seven days, and one more is beyond the newest three");
        (await log.SearchAsync().ToListAsync()).Select(e => e.RequestSummary).Should().Equal("new 4", "new 3", "new 2");
        (await log.PruneAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_background_retention_prunes_at_start_and_after_each_interval()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await using var services = Services(clock, o => { o.MaxAge = TimeSpan.FromMinutes(30); o.MaxEntries = null; o.PruneInterval = TimeSpan.FromHours(1); });
        var store = services.GetRequiredService<IOutgoingLogStore>();
        await store.AppendOutgoingAsync(new NewOutgoingEntry("import", "before start", OutgoingStatus.Succeeded));
        clock.Advance(TimeSpan.FromDays(2));
        var pruner = services.GetServices<IHostedService>().Should().ContainSingle(s => s.GetType().Name == "OutgoingLogPruner").Subject;

        await pruner.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(async () => (await Count(store)) == 0);
            await store.AppendOutgoingAsync(new NewOutgoingEntry("import", "while running", OutgoingStatus.Succeeded));
            clock.Advance(TimeSpan.FromMinutes(45));
            (await Count(store)).Should().Be(1, "the entry is past the maximum age now, but the next run is due only after the interval");

            clock.Advance(TimeSpan.FromMinutes(15));
            await WaitUntilAsync(async () => (await Count(store)) == 0);
        }
        finally
        {
            await pruner.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task No_entry_of_a_push_an_import_or_a_refused_request_contains_a_secret()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        host.AddHubSpotContact("Grace", "Hopper", "grace@example.edu.au");
        await host.Import().ImportPageAsync(new Axcelerate.HubSpot.Import.ImportRequest(MappedEntity.Contact));
        var contact = host.Sandbox.Axcelerate.AddContact("Ada", "Lovelace", "ada@example.edu.au");
        await host.Push().PushAsync(contact.Id);
        host.Sandbox.HubSpot.Faults.FailNext(1, SandboxFault.BadGateway);
        await host.HubSpot.Contacts.ListPageAsync();
        var secrets = new[] { host.Sandbox.HubSpot.Options.AccessToken, host.Sandbox.Axcelerate.Options.ApiToken, host.Sandbox.Axcelerate.Options.WsToken };
        var log = host.Get<IOutgoingLog>();

        var entries = await log.SearchAsync().ToListAsync();

        entries.Should().Contain(e => e.Service == RemoteService.Axcelerate).And.Contain(e => e.Service == RemoteService.HubSpot).And.Contain(e => e.Status == OutgoingStatus.Failed);
        foreach (var listed in entries)
        {
            var entry = await log.GetAsync(listed.Id);
            var text = JsonSerializer.Serialize(entry);
            foreach (var secret in secrets)
            {
                text.Should().NotContain(secret!, $"entry {listed.Id} ({listed.RequestSummary}) must not carry a secret");
            }
        }

        (await log.SearchAsync(new OutgoingLogSearch { Text = host.Sandbox.Axcelerate.Options.WsToken }).ToListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_retention_options_are_refused_at_start_naming_the_key()
    {
        await using var services = Services(TimeProvider.System, o => { o.MaxAge = TimeSpan.Zero; o.MaxEntries = -1; o.PruneInterval = TimeSpan.FromMilliseconds(5); });

        var resolve = () => services.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

        resolve.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().Contain(f => f.Contains("OutgoingLog:MaxAge", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("OutgoingLog:MaxEntries", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("OutgoingLog:PruneInterval", StringComparison.Ordinal));
    }

    private static ServiceProvider Services(TimeProvider clock, Action<OutgoingLogOptions> retention)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(clock);
        collection.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = "pat-na1-00000000-0000-0000-0000-000000000000";
            o.Axcelerate.BaseUrl = new Uri("https://example.invalid/api/");
            o.Axcelerate.ApiToken = "api";
            o.Axcelerate.WsToken = "ws";
            retention(o.OutgoingLog);
        }).UseInMemoryStore();
        return collection.BuildServiceProvider();
    }

    private static async Task<int> Count(IOutgoingLogStore store) => (await store.QueryOutgoingAsync(new OutgoingLogQuery { PageSize = 1000 })).Items.Count;

    // The pruner runs on its own task; wait (bounded) for what it must do, never for a length of time.
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 500; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(10);
        }

        (await condition()).Should().BeTrue("the background retention should have pruned by now");
    }
}
