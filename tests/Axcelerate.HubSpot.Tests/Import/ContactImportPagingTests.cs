using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>Page flow, auto-import, checkpoints, resume after cancellation and transient failures, over the strict sandbox.</summary>
public sealed class ContactImportPagingTests
{
    private static readonly ImportRequest Contacts = new(MappedEntity.Contact) { PageSize = 3 };

    [Fact]
    public async Task Next_page_follows_the_continuation_token_and_the_last_page_has_none()
    {
        await using var host = await SandboxHost.StartAsync();
        var ids = host.AddHubSpotContacts(7);
        var import = host.Import();

        var first = await import.ImportPageAsync(Contacts);
        var second = await import.ImportPageAsync(Contacts with { ContinuationToken = first.ContinuationToken });
        var third = await import.ImportPageAsync(Contacts); // no token: resumes from the stored checkpoint

        first.Records.Should().HaveCount(3);
        first.ContinuationToken.Should().NotBeNull();
        second.Records.Should().HaveCount(3);
        third.Records.Should().ContainSingle();
        third.IsComplete.Should().BeTrue();
        first.Records.Concat(second.Records).Concat(third.Records).Select(r => r.HubSpotId).Should().BeEquivalentTo(ids);
        host.AxcelerateContactsWithEmail().Should().HaveCount(7);
        var checkpoint = await import.GetCheckpointAsync(MappedEntity.Contact);
        checkpoint!.IsComplete.Should().BeTrue();
        checkpoint.Counts.Created.Should().Be(7);
    }

    [Fact]
    public async Task Auto_import_runs_page_after_page_to_the_end_within_a_Professional_portals_rate_limits()
    {
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.HubSpot.UseProfessionalLimits());
        var ids = host.AddHubSpotContacts(10);
        var progress = new RecordingProgress();

        var report = await host.Import().ImportAllAsync(Contacts, progress);

        report.Pages.Should().Be(4);
        report.Created.Should().Be(10);
        report.IsComplete.Should().BeTrue();
        report.Records.Select(r => r.HubSpotId).Should().BeEquivalentTo(ids);
        progress.Reports.Select(p => p.Done).Should().Equal(Enumerable.Range(1, 10));
        progress.Reports[^1].Should().Match<ImportProgress>(p => p.Created == 10 && p.Total == 10 && p.Failed == 0);
        progress.Reports[0].Total.Should().BeNull("the total is unknown until the last page is read");
        var listCalls = host.Sandbox.HubSpot.Journal.Entries.Count(e => e.Method == "GET" && e.Path.EndsWith("/contacts", StringComparison.Ordinal));
        listCalls.Should().Be(4, "HubSpot is read a page at a time, never a record at a time");
        host.Sandbox.HubSpot.Journal.Entries.Where(e => e.Method == "GET" && e.Path.EndsWith("/contacts", StringComparison.Ordinal))
            .Should().OnlyContain(e => e.QueryParameters["limit"] == "3", "each page asks for the import's page size");
        host.Sandbox.HubSpot.Journal.Entries.Where(e => e.Path.EndsWith("/search", StringComparison.Ordinal))
            .Should().ContainSingle("the import reads pages by listing; its one search is the count for the daily-budget estimate")
            .Which.Body.Should().Contain("\"limit\":1");
    }

    [Fact]
    public async Task An_import_cancelled_mid_page_resumes_from_its_checkpoint_and_ends_without_duplicates()
    {
        await using var host = await SandboxHost.StartAsync();
        var ids = host.AddHubSpotContacts(10);
        using var cancel = new CancellationTokenSource();
        var progress = new RecordingProgress(p =>
        {
            if (p.Done == 5)
            {
                cancel.Cancel();
            }
        });

        var cancelled = () => host.Import().ImportAllAsync(Contacts, progress, cancel.Token);

        await cancelled.Should().ThrowAsync<OperationCanceledException>();
        var checkpoint = await host.Import().GetCheckpointAsync(MappedEntity.Contact);
        checkpoint!.IsComplete.Should().BeFalse();
        checkpoint.Counts.Created.Should().Be(3, "only the first page finished");

        var resumed = await host.Import().ImportAllAsync(Contacts);

        resumed.Records.Select(r => r.HubSpotId).Should().BeEquivalentTo(ids.Skip(3), "the unfinished second page is redone, the first is not");
        resumed.Records.Where(r => r.Outcome == ImportOutcome.Unchanged).Should().HaveCount(2, "the two records created before the cancel were linked at once");
        var all = host.AxcelerateContactsWithEmail();
        all.Should().HaveCount(10);
        all.Select(c => c["EMAILADDRESS"]).Should().OnlyHaveUniqueItems();
        foreach (var id in ids)
        {
            (await host.Links().FindByHubSpotIdAsync(MappedEntity.Contact, id)).Should().NotBeNull();
        }

        (await host.Import().GetCheckpointAsync(MappedEntity.Contact))!.Should().Match<Axcelerate.HubSpot.Storage.ImportCheckpoint>(c => c.IsComplete && c.Counts.Created == 8 && c.Counts.Skipped == 2 && c.Counts.Total == 10);
    }

    [Fact]
    public async Task A_create_that_reached_aXcelerate_before_a_crash_is_found_by_email_and_linked_not_repeated()
    {
        await using var host = await SandboxHost.StartAsync();
        var ids = host.AddHubSpotContacts(3);
        var first = await host.Import().ImportAllAsync(Contacts);
        var lost = first.Records[1];
        await host.Links().UnlinkAsync(MappedEntity.Contact, lost.AxcelerateId!.Value); // the crash came between the create and the link
        host.ClearJournals();

        var again = await host.Import().ImportAllAsync(Contacts with { StartOver = true });

        again.Records.Single(r => r.HubSpotId == lost.HubSpotId).Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Linked && r.AxcelerateId == lost.AxcelerateId);
        host.AxcelerateWrites().Should().BeEmpty("the found contact already has the values");
        host.AxcelerateContactsWithEmail().Should().HaveCount(3);
    }

    [Fact]
    public async Task Short_503_and_429_storms_are_retried_and_nothing_is_lost()
    {
        // The clients wait out Retry-After on their own fake clock, which the test moves on, so the storm costs no real time.
        var clientClock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(clientClock));
        var ids = host.AddHubSpotContacts(6);
        host.Sandbox.HubSpot.Faults.FailNext(2, SandboxFault.TooManyRequests, "/contacts");
        host.Sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.ServiceUnavailable) { Count = 2, Method = "GET" });
        host.Sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.TooManyRequests) { Count = 2, Method = "POST", RetryAfter = TimeSpan.FromSeconds(1) });

        var report = await clientClock.RunUntilCompleteAsync(() => host.Import().ImportAllAsync(Contacts));

        report.Created.Should().Be(6);
        report.Failed.Should().Be(0);
        report.Records.Select(r => r.HubSpotId).Should().BeEquivalentTo(ids);
        host.AxcelerateContactsWithEmail().Should().HaveCount(6);
        host.Sandbox.HubSpot.Journal.Entries.Count(e => e.Method == "GET").Should().BeGreaterThan(2, "the throttled list calls were repeated");
    }

    [Fact]
    public async Task A_503_on_a_create_stops_the_import_and_resuming_finishes_it_without_duplicates()
    {
        await using var host = await SandboxHost.StartAsync();
        var ids = host.AddHubSpotContacts(5);
        await host.Import().ImportPageAsync(Contacts); // page one done
        host.Sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.ServiceUnavailable) { Count = 1, Method = "POST" });

        var stopped = () => host.Import().ImportAllAsync(Contacts);

        (await stopped.Should().ThrowAsync<IntegrationApiException>()).Which.IsTransient.Should().BeTrue();
        var resumed = await host.Import().ImportAllAsync(Contacts);

        resumed.IsComplete.Should().BeTrue();
        resumed.Records.Select(r => r.HubSpotId).Should().BeEquivalentTo(ids.Skip(3));
        host.AxcelerateContactsWithEmail().Should().HaveCount(5);
        host.AxcelerateContactsWithEmail().Select(c => c["EMAILADDRESS"]).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task The_page_size_comes_from_the_options_and_is_validated()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.Import.PageSize = 2);
        host.AddHubSpotContacts(3);

        var report = await host.Import().ImportPageAsync(new ImportRequest(MappedEntity.Contact));

        report.Records.Should().HaveCount(2);
        await using var bad = await SandboxHost.StartAsync(integration: o => o.Import.PageSize = 101);
        var resolve = () => bad.Get<Microsoft.Extensions.Options.IOptions<HubSpotIntegrationOptions>>().Value;
        resolve.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*HubSpotIntegration:Import:PageSize*101*");
    }
}
