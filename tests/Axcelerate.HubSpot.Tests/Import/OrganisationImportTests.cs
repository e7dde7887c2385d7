using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>Importing HubSpot companies as aXcelerate organisations over real HTTP against the strict sandbox.</summary>
public sealed class OrganisationImportTests
{
    private static readonly ImportRequest Companies = new(MappedEntity.Organisation);

    private static List<Axcelerate.HubSpot.Testing.Axcelerate.AxcelerateSandboxRecord> Organisations(SandboxHost host) => host.Sandbox.Axcelerate.Organisations.ToList();

    [Fact]
    public async Task A_company_without_a_match_is_created_with_its_address_detail_and_linked()
    {
        await using var host = await SandboxHost.StartAsync();
        var before = Organisations(host).Count;
        var id = host.AddHubSpotCompany("Southern Cross Training", new Dictionary<string, string?> { ["address"] = "1 George St", ["city"] = "Sydney", ["zip"] = "2000" });

        var report = await host.Import().ImportPageAsync(Companies);

        var record = report.Records.Should().ContainSingle().Subject;
        record.Outcome.Should().Be(ImportOutcome.Created, record.Reason);
        Organisations(host).Should().HaveCount(before + 1);
        var created = await host.Axcelerate.Organisations.GetAsync(record.AxcelerateId!.Value);
        created!.Name.Should().Be("Southern Cross Training");
        created.Details.Should().ContainSingle().Which.Should().Match<Axcelerate.HubSpot.AxcelerateApi.AxcelerateOrganisationDetail>(d => d.Address1 == "1 George St" && d.City == "Sydney");
        (await host.Links().FindByHubSpotIdAsync(MappedEntity.Organisation, id))!.AxcelerateId.Should().Be(record.AxcelerateId);
    }

    [Fact]
    public async Task A_company_is_linked_to_the_one_organisation_with_the_same_normalised_name()
    {
        await using var host = await SandboxHost.StartAsync();
        var existing = host.Sandbox.Axcelerate.AddOrganisation("ACME PTY LTD");
        var before = Organisations(host).Count;
        var id = host.AddHubSpotCompany("Acme Pty. Ltd.");

        var report = await host.Import().ImportPageAsync(Companies);

        report.Records.Should().ContainSingle().Which.Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Linked && r.AxcelerateId == existing.Id);
        Organisations(host).Should().HaveCount(before);
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Organisation, existing.Id))!.HubSpotId.Should().Be(id);
    }

    [Fact]
    public async Task Several_organisations_with_the_name_are_reported_with_their_ids_and_nothing_is_written()
    {
        await using var host = await SandboxHost.StartAsync();
        var a = host.Sandbox.Axcelerate.AddOrganisation("Harbour College");
        var b = host.Sandbox.Axcelerate.AddOrganisation("harbour  college");
        host.AddHubSpotCompany("Harbour College");
        host.ClearJournals();

        var report = await host.Import().ImportPageAsync(Companies);

        report.Records.Should().ContainSingle().Which.CandidateIds.Should().BeEquivalentTo(new long[] { a.Id, b.Id });
        report.Ambiguous.Should().Be(1);
        host.AxcelerateWrites().Should().BeEmpty();
    }

    [Fact]
    public async Task A_linked_company_is_updated_when_it_changes_and_left_alone_when_it_does_not()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = host.AddHubSpotCompany("Riverina Skills", new Dictionary<string, string?> { ["address"] = "5 Baylis St", ["city"] = "Wagga Wagga" });
        var first = await host.Import().ImportPageAsync(Companies);
        var orgId = first.Records[0].AxcelerateId!.Value;
        host.ClearJournals();

        var unchanged = await host.Import().ImportPageAsync(Companies with { StartOver = true });

        unchanged.Records.Should().ContainSingle().Which.Outcome.Should().Be(ImportOutcome.Unchanged);
        host.AxcelerateWrites().Should().BeEmpty();
        host.HubSpotWrites().Should().BeEmpty();

        host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Companies, id, new Dictionary<string, string?> { ["city"] = "Albury" });
        var updated = await host.Import().ImportPageAsync(Companies with { StartOver = true });

        updated.Records.Should().ContainSingle().Which.Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Updated && r.Changes.Count == 1);
        (await host.Axcelerate.Organisations.GetAsync(orgId))!.Details.Should().ContainSingle().Which.City.Should().Be("Albury");
    }

    [Fact]
    public async Task A_company_with_a_phone_but_no_address_is_created_and_the_report_says_the_phone_was_not_written()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddHubSpotCompany("Phone Only Pty Ltd", new Dictionary<string, string?> { ["phone"] = "02 9999 0000" });

        var report = await host.Import().ImportPageAsync(Companies);

        var record = report.Records.Should().ContainSingle().Subject;
        record.Outcome.Should().Be(ImportOutcome.Created);
        record.Reason.Should().Contain("phone").And.Contain("address line 1");
        (await host.Axcelerate.Organisations.GetAsync(record.AxcelerateId!.Value))!.Details.Should().BeEmpty();
    }

    [Fact]
    public async Task A_company_without_a_name_is_skipped_with_the_reason_and_nothing_is_written()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["domain"] = "nameless.example.com" }).Id;
        host.ClearJournals();

        var report = await host.Import().ImportPageAsync(new ImportRequest(MappedEntity.Organisation));

        var record = report.Records.Should().ContainSingle(r => r.HubSpotId == id).Subject;
        record.Outcome.Should().Be(ImportOutcome.Skipped);
        record.Reason.Should().Contain("name");
        host.AxcelerateWrites().Should().BeEmpty();
    }
}
