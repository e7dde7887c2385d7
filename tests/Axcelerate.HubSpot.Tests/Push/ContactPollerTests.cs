using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Tests.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Push;

/// <summary>The contact poller over real HTTP against the strict sandbox, on the sandbox's clock (the account is in Brisbane, UTC+10).</summary>
public sealed class ContactPollerTests
{
    // 10:00 on 2 March 2026 in Brisbane.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_poller_pushes_what_changed_rereads_today_for_later_changes_and_crosses_midnight_without_losing_a_late_change()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await StartAsync(clock, b => b.PollAxcelerateContacts());
        await host.EnablePushAsync();
        var changed = await host.AddLinkedContactAsync("changed@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Trainer" });
        var later = await host.AddLinkedContactAsync("later@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Assessor" }, new Dictionary<string, string?> { ["jobtitle"] = "Assessor" });
        var lateNight = await host.AddLinkedContactAsync("late@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Manager" }, new Dictionary<string, string?> { ["jobtitle"] = "Manager" });
        var fresh = host.Sandbox.Axcelerate.AddContact("New", "Person", "new@example.edu.au").Id;
        var poller = host.Get<ContactPoller>();

        var first = await poller.PollOnceAsync(CancellationToken.None);

        first.Single(r => r.AxcelerateId == changed.AxcelerateId).Outcome.Should().Be(ContactPushOutcome.Updated);
        first.Single(r => r.AxcelerateId == fresh).Outcome.Should().Be(ContactPushOutcome.Created);
        first.Single(r => r.AxcelerateId == later.AxcelerateId).Outcome.Should().Be(ContactPushOutcome.Unchanged);
        LastUpdatedDays(host).Should().Equal("2026-03-02");
        (await host.Get<IPollWatermarkStore>().GetPollWatermarkAsync(ContactPoller.PollKey)).Should().Be(new DateOnly(2026, 3, 2));
        (await host.Get<Axcelerate.HubSpot.Logs.IOutgoingLog>().SearchAsync(new Axcelerate.HubSpot.Logs.OutgoingLogSearch { Operation = "contact.poll" }).ToListAsync())
            .Should().NotBeEmpty().And.OnlyContain(e => e.Path!.Contains("lastUpdated=2026-03-02", StringComparison.Ordinal), "the day-window reads are logged as the poll's");

        // Three hours later the same day: only the contact changed since is written.
        clock.Advance(TimeSpan.FromHours(3));
        host.Sandbox.Axcelerate.UpdateContact(later.AxcelerateId, new Dictionary<string, string?> { ["POSITION"] = "Lead Assessor" });
        host.ClearJournals();

        var second = await poller.PollOnceAsync(CancellationToken.None);

        second.Single(r => r.AxcelerateId == later.AxcelerateId).Outcome.Should().Be(ContactPushOutcome.Updated);
        second.Where(r => r.AxcelerateId != later.AxcelerateId).Should().OnlyContain(r => r.Outcome == ContactPushOutcome.Unchanged);
        LastUpdatedDays(host).Should().Equal("2026-03-02");
        var update = host.HubSpotWrites().Should().ContainSingle().Subject;
        FieldSyncSandbox.BatchInputs(update).Keys.Should().Equal(later.HubSpotId);
        host.HubSpotContactValue(later.HubSpotId, "jobtitle").Should().Be("Lead Assessor");

        // 23:30 in Brisbane a contact changes; the next run is after midnight.
        clock.Advance(TimeSpan.FromHours(10.5));
        host.Sandbox.Axcelerate.UpdateContact(lateNight.AxcelerateId, new Dictionary<string, string?> { ["POSITION"] = "Night Manager" });
        clock.Advance(TimeSpan.FromHours(1));
        host.Sandbox.Axcelerate.UpdateContact(changed.AxcelerateId, new Dictionary<string, string?> { ["POSITION"] = "Senior Trainer" });
        host.ClearJournals();

        var third = await poller.PollOnceAsync(CancellationToken.None);

        LastUpdatedDays(host).Should().Equal("2026-03-02", "2026-03-03");
        third.Single(r => r.AxcelerateId == lateNight.AxcelerateId).Outcome.Should().Be(ContactPushOutcome.Updated, "a change late yesterday is read because yesterday was still the watermark");
        third.Single(r => r.AxcelerateId == changed.AxcelerateId).Outcome.Should().Be(ContactPushOutcome.Updated);
        host.HubSpotContactValue(lateNight.HubSpotId, "jobtitle").Should().Be("Night Manager");
        host.HubSpotContactValue(changed.HubSpotId, "jobtitle").Should().Be("Senior Trainer");
        (await host.Get<IPollWatermarkStore>().GetPollWatermarkAsync(ContactPoller.PollKey)).Should().Be(new DateOnly(2026, 3, 3));
    }

    [Fact]
    public async Task After_a_restart_a_new_host_on_the_same_store_resumes_from_the_watermark_and_rewrites_nothing_already_pushed()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await StartAsync(clock, _ => { });
        using var database = new TempDatabase();
        var pushed = await host.AddLinkedContactAsync("one@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Trainer" });

        await using (var before = NewProcess(host, clock, database))
        {
            await before.GetRequiredService<Axcelerate.HubSpot.Settings.ISyncSettingsService>().SetAsync(SyncFlow.PushContactOnUpdate, true);
            await before.GetRequiredService<IRecordLinkStore>().LinkAsync(MappedEntity.Contact, pushed.AxcelerateId, pushed.HubSpotId);
            var results = await before.GetRequiredService<ContactPoller>().PollOnceAsync(CancellationToken.None);
            results.Should().ContainSingle(r => r.AxcelerateId == pushed.AxcelerateId).Which.Outcome.Should().Be(ContactPushOutcome.Updated);
        }

        clock.Advance(TimeSpan.FromDays(1));
        var next = await host.AddLinkedContactAsync("two@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Assessor" });
        host.ClearJournals();

        await using var after = NewProcess(host, clock, database);
        await after.GetRequiredService<IRecordLinkStore>().LinkAsync(MappedEntity.Contact, next.AxcelerateId, next.HubSpotId);
        var poller = after.GetServices<IHostedService>().OfType<ContactPoller>().Should().ContainSingle().Subject;
        await poller.StartAsync(CancellationToken.None);
        try
        {
            var watermarks = after.GetRequiredService<IPollWatermarkStore>();
            for (var i = 0; i < 500 && await watermarks.GetPollWatermarkAsync(ContactPoller.PollKey) != new DateOnly(2026, 3, 3); i++)
            {
                await Task.Delay(10); // the hosted poller runs its first pass at start; wait for it, not for a length of time
            }
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }

        LastUpdatedDays(host).Should().Equal(["2026-03-02", "2026-03-03"], "the new host starts from the stored watermark, not from its FirstDay");
        host.HubSpotContactValue(next.HubSpotId, "jobtitle").Should().Be("Assessor");
        host.HubSpotWrites().Should().ContainSingle("the contact pushed before the restart is recognised from its stored stamp");
    }

    [Fact]
    public async Task Poller_options_are_checked_at_start()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await StartAsync(clock, b => b.PollAxcelerateContacts(o => { o.Interval = TimeSpan.Zero; o.PageSize = 101; }));

        var resolve = () => host.Get<IOptions<ContactPollerOptions>>().Value;

        resolve.Should().Throw<OptionsValidationException>().Which.Failures.Should()
            .Contain(f => f.Contains("Interval", StringComparison.Ordinal)).And.Contain(f => f.Contains("PageSize", StringComparison.Ordinal));
    }

    // The SDK runs on the sandbox's clock here, so "today" in the account moves with the test.
    private static Task<SandboxHost> StartAsync(FakeTimeProvider clock, Action<HubSpotIntegrationBuilder> builder) =>
        SandboxHost.StartAsync(sandbox: o => o.TimeProvider = clock, services: s => s.AddSingleton<TimeProvider>(clock), builder: builder);

    private static ServiceProvider NewProcess(SandboxHost host, FakeTimeProvider clock, TempDatabase database)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddHubSpotIntegration(host.PointAt).UseSqliteStore(database.ConnectionString)
            .PollAxcelerateContacts(o => o.FirstDay = new DateOnly(2026, 2, 20));
        return collection.BuildServiceProvider();
    }

    private static List<string> LastUpdatedDays(SandboxHost host) =>
        host.Sandbox.Axcelerate.Journal.Entries
            .Where(e => e.Path.EndsWith("/contacts/search", StringComparison.Ordinal) && e.QueryParameters.ContainsKey("lastUpdated"))
            .Select(e => e.QueryParameters["lastUpdated"])
            .Distinct()
            .ToList();
}
