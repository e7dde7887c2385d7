using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>
/// What an import's report keeps (<see cref="ImportRequest.ReportRecords"/>): every record by default; only those needing
/// attention, or none, so that an auto-import of a large portal does not hold a result per record. The counts stay exact
/// and every record is still told as it is done through <see cref="ImportProgress.Record"/>. Over the strict sandbox.
/// </summary>
public sealed class ImportReportRecordsTests
{
    [Fact]
    public async Task An_auto_import_keeping_what_needs_attention_reports_only_those_records_with_exact_counts()
    {
        await using var host = await SandboxHost.StartAsync();
        var withEmail = host.AddHubSpotContacts(6);
        var noEmail = new[] { host.AddHubSpotContact("No", "Email", null), host.AddHubSpotContact("Also", "None", null) };
        var progress = new RecordingProgress();

        var report = await host.Import().ImportAllAsync(
            new ImportRequest(MappedEntity.Contact) { PageSize = 3, ReportRecords = ImportReportRecords.NeedingAttention }, progress);

        report.IsComplete.Should().BeTrue();
        report.RecordsKept.Should().Be(ImportReportRecords.NeedingAttention);
        report.Records.Select(r => r.HubSpotId).Should().BeEquivalentTo(noEmail, "only the skipped records need attention");
        report.Records.Should().OnlyContain(r => r.Outcome == ImportOutcome.Skipped && r.Reason!.Contains("no email address"));
        (report.Created, report.Skipped, report.Failed, report.Done).Should().Be((6, 2, 0, 8));
        progress.Reports.Select(p => p.Record!.HubSpotId).Should().BeEquivalentTo(withEmail.Concat(noEmail), "every record is told as it is done");
        progress.Reports.Where(p => p.Record!.Outcome == ImportOutcome.Created).Should().HaveCount(6)
            .And.OnlyContain(p => p.Record!.AxcelerateId != null);
        host.AxcelerateContactsWithEmail().Should().HaveCount(6);
    }

    [Fact]
    public async Task An_import_keeping_no_records_still_counts_them_and_keeping_all_is_the_default()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddHubSpotContacts(4);
        host.AddHubSpotContact("No", "Email", null);

        var none = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact) { PageSize = 2, ReportRecords = ImportReportRecords.None });
        var all = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact) { PageSize = 2, StartOver = true });

        none.Records.Should().BeEmpty();
        (none.Created, none.Skipped, none.Done, none.Pages).Should().Be((4, 1, 5, 3));
        all.RecordsKept.Should().Be(ImportReportRecords.All);
        all.Records.Should().HaveCount(5);
        (all.Unchanged, all.Skipped, all.Done).Should().Be((4, 1, 5), "the second run finds the four linked and unchanged");
    }
}
