using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Tests.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Faults;

/// <summary>
/// HubSpot's DAILY limit reached in the middle of an import, over real HTTP against the strict sandbox (Sydney portal,
/// whose daily budget resets at midnight Sydney time), with the SQLite store.
/// </summary>
public sealed class DailyLimitImportTests
{
    private const int Contacts = 30;
    private const int PageSize = 5;

    // A process: the SDK registered afresh against the sandbox and the SQLite file, on the sandbox's clock so that
    // "when it can go on" is measured on the clock the sandbox resets its budget by.
    private static ServiceProvider Process(SandboxHost host, TempDatabase database, FakeTimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddHubSpotIntegration(o =>
        {
            host.PointAt(o);
            o.Import.PageSize = PageSize;
        }).UseSqliteStore(database.ConnectionString);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task An_import_stopped_by_the_daily_limit_makes_no_further_request_says_when_it_can_go_on_and_resumes_after_the_reset_without_loss()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)); // 11:00 in Sydney (AEDT, UTC+11)
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.TimeProvider = clock);
        using var database = new TempDatabase();
        var ids = host.AddHubSpotContacts(Contacts);
        clock.Advance(host.Sandbox.HubSpot.Options.SearchLag);
        var midnightInSydney = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.FromHours(11));

        // Another app of the portal spends the rest of today's shared budget while page 2 is imported: the aXcelerate
        // contacts of page 2 exist and are linked, the HubSpot write of their ids is the first call refused.
        int hubSpotMark = 0, axcelerateMark = 0;
        await using (var first = Process(host, database, clock))
        {
            var progress = new RecordingProgress(p =>
            {
                if (p.Done == 2 * PageSize)
                {
                    host.Sandbox.HubSpot.SpendDailyBudget();
                    hubSpotMark = host.Sandbox.HubSpot.Journal.Entries.Count;
                    axcelerateMark = host.Sandbox.Axcelerate.Journal.Entries.Count;
                }
            });
            var stopped = await first.GetRequiredService<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact), progress);

            // It stopped at the first refusal: exactly one HubSpot request after the budget ran out, no retry, nothing more anywhere.
            host.Sandbox.HubSpot.Journal.Entries.Skip(hubSpotMark).Should().ContainSingle("the refused request is the last one: a DAILY 429 is never retried")
                .Which.Path.Should().EndWith("/batch/update");
            host.Sandbox.Axcelerate.Journal.Entries.Skip(axcelerateMark).Should().BeEmpty();

            // It says why and when it can go on: midnight in the portal's time zone, not midnight UTC.
            stopped.IsComplete.Should().BeFalse();
            stopped.ResumeAfter.Should().Be(midnightInSydney).And.Be(host.Sandbox.HubSpot.NextDailyReset());
            stopped.StopReason.Should().Contain("daily API limit").And.Contain("Australia/Sydney").And.Contain("resumes from its checkpoint");
            stopped.Records.Should().HaveCount(2 * PageSize);

            // The checkpoint keeps the unfinished page: only page 1 is done.
            var checkpoint = await first.GetRequiredService<IImportOrchestrator>().GetCheckpointAsync(MappedEntity.Contact);
            checkpoint!.IsComplete.Should().BeFalse();
            checkpoint.Counts.Created.Should().Be(PageSize);

            // Started again before the reset, it is refused before it starts: no request the daily limit counts, nothing written.
            clock.SetUtcNow(midnightInSydney.AddMinutes(-1));
            var before = host.Sandbox.HubSpot.Journal.Entries.Count;
            var axBefore = host.Sandbox.Axcelerate.Journal.Entries.Count;
            var early = await first.GetRequiredService<IImportOrchestrator>().Awaiting(i => i.ImportAllAsync(new ImportRequest(MappedEntity.Contact)))
                .Should().ThrowAsync<ImportBudgetExceededException>();
            early.Which.ResetsAt.Should().Be(midnightInSydney);
            early.Which.RemainingCalls.Should().Be(0);
            host.Sandbox.HubSpot.Journal.Entries.Skip(before).Should().OnlyContain(e => e.Path.EndsWith("/search", StringComparison.Ordinal), "only the record count, which the daily limit does not count");
            host.Sandbox.Axcelerate.Journal.Entries.Skip(axBefore).Should().BeEmpty();

            // After midnight in Sydney the same process (a long-running host) resumes from the checkpoint and finishes.
            clock.SetUtcNow(midnightInSydney);
            var resumed = await first.GetRequiredService<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact));

            resumed.IsComplete.Should().BeTrue();
            resumed.StopReason.Should().BeNull();
            resumed.ResumeAfter.Should().BeNull();
            resumed.Records.Select(r => r.HubSpotId).Should().BeEquivalentTo(ids.Skip(PageSize), "it resumes at the unfinished page 2");
            resumed.Unchanged.Should().Be(PageSize, "page 2's contacts were created and linked before the stop");
            resumed.Created.Should().Be(Contacts - (2 * PageSize));
        }

        // A new process over the same store finds the import done, every contact imported exactly once: one aXcelerate
        // contact per email, one link per HubSpot contact, and the aXcelerate id written back on every HubSpot contact.
        await using var second = Process(host, database, clock);
        (await second.GetRequiredService<IImportOrchestrator>().GetCheckpointAsync(MappedEntity.Contact))!.IsComplete.Should().BeTrue();
        host.AxcelerateContactsWithEmail().Select(c => c["EMAILADDRESS"]).Should().HaveCount(Contacts).And.OnlyHaveUniqueItems();
        var links = await second.GetRequiredService<IRecordLinkStore>().FindByHubSpotIdsAsync(MappedEntity.Contact, ids);
        links.Should().HaveCount(Contacts);
        links.Values.Select(l => l.AxcelerateId).Should().OnlyHaveUniqueItems();
        host.Sandbox.HubSpot.Contacts.Should().OnlyContain(c => c[ImportOptions.AxcelerateIdProperty] == links[c.Id].AxcelerateId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
