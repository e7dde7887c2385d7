using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>Importing HubSpot deals as aXcelerate marketing opportunities over real HTTP against the strict sandbox.</summary>
public sealed class OpportunityImportTests
{
    private static readonly ImportRequest Deals = new(MappedEntity.Opportunity);

    // qualifiedtobuy → Prospect (2), closedwon → Won (5), in the sandbox's first pipeline ("default").
    private static async Task<SandboxHost> StartAsync()
    {
        var host = await SandboxHost.StartAsync();
        await host.Get<IDealStageMappingService>().SaveAsync(new Dictionary<string, int> { ["qualifiedtobuy"] = 2, ["closedwon"] = 5 });
        return host;
    }

    private static string AddDeal(SandboxHost host, string name, string stage = "qualifiedtobuy", string pipeline = "default", string? contactId = null, string? amount = null)
    {
        var properties = new Dictionary<string, string?> { ["dealname"] = name, ["pipeline"] = pipeline, ["dealstage"] = stage };
        if (amount is not null)
        {
            properties["amount"] = amount;
        }

        var id = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Deals, properties).Id;
        if (contactId is not null)
        {
            host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, id, HubSpotObjectType.Contacts, contactId);
        }

        return id;
    }

    /// <summary>A HubSpot contact imported (so linked) into aXcelerate; returns both ids.</summary>
    private static async Task<(string HubSpotId, long AxcelerateId)> LinkedContactAsync(SandboxHost host, string email)
    {
        var id = host.AddHubSpotContact("Deal", "Contact", email);
        var report = await host.Import().ImportPageAsync(new ImportRequest(MappedEntity.Contact) { StartOver = true });
        return (id, report.Records.Single(r => r.HubSpotId == id).AxcelerateId!.Value);
    }

    [Fact]
    public async Task A_deal_is_created_as_an_opportunity_of_its_linked_contact_with_the_mapped_status()
    {
        await using var host = await StartAsync();
        var (contact, axContact) = await LinkedContactAsync(host, "buyer@example.edu.au");
        var deal = AddDeal(host, "Cert IV enrolment", contactId: contact, amount: "1500");

        var report = await host.Import().ImportPageAsync(Deals);

        var record = report.Records.Should().ContainSingle().Subject;
        record.Outcome.Should().Be(ImportOutcome.Created, record.Reason);
        var task = await host.Axcelerate.Tasks.GetAsync(record.AxcelerateId!.Value);
        task!.Name.Should().Be("Cert IV enrolment");
        task.MarketingContactId.Should().Be(axContact);
        task.OpportunityStatus.Should().Be("Prospect");
        task.ForecastValue.Should().Be(1500m);
        (await host.Links().FindByHubSpotIdAsync(MappedEntity.Opportunity, deal))!.AxcelerateId.Should().Be(record.AxcelerateId);
    }

    [Fact]
    public async Task A_deal_is_created_for_the_contact_with_the_portals_primary_contact_label_and_otherwise_for_its_first_contact()
    {
        await using var host = await StartAsync();
        var (first, axFirst) = await LinkedContactAsync(host, "first@example.edu.au");
        var (second, axSecond) = await LinkedContactAsync(host, "second@example.edu.au");
        var hubSpot = host.Sandbox.HubSpot;
        var primaryContact = hubSpot.DefineAssociationLabel(HubSpotObjectType.Deals, HubSpotObjectType.Contacts, "Primary contact");
        var labelled = AddDeal(host, "Diploma with a primary contact", contactId: first);
        hubSpot.Associate(HubSpotObjectType.Deals, labelled, HubSpotObjectType.Contacts, second, primaryContact);
        var unlabelled = AddDeal(host, "Diploma without a label", contactId: first);
        hubSpot.Associate(HubSpotObjectType.Deals, unlabelled, HubSpotObjectType.Contacts, second);

        var report = await host.Import().ImportPageAsync(Deals);

        report.Records.Should().HaveCount(2).And.OnlyContain(r => r.Outcome == ImportOutcome.Created);
        var withLabel = await host.Axcelerate.Tasks.GetAsync(report.Records.Single(r => r.HubSpotId == labelled).AxcelerateId!.Value);
        var withoutLabel = await host.Axcelerate.Tasks.GetAsync(report.Records.Single(r => r.HubSpotId == unlabelled).AxcelerateId!.Value);
        withLabel!.MarketingContactId.Should().Be(axSecond, "the second contact carries the portal's \"Primary contact\" label");
        withoutLabel!.MarketingContactId.Should().Be(axFirst, "without a primary label the deal's first linked contact is used");
    }

    [Fact]
    public async Task A_deal_is_linked_to_the_one_opportunity_with_its_exact_name_and_a_re_run_writes_nothing()
    {
        await using var host = await StartAsync();
        var (contact, axContact) = await LinkedContactAsync(host, "linked@example.edu.au");
        var existing = host.Sandbox.Axcelerate.AddTask("Diploma enquiry", new Dictionary<string, string?> { ["MARKETINGCONTACTID"] = axContact.ToString(System.Globalization.CultureInfo.InvariantCulture), ["OPPORTUNITYSTATUS"] = "Prospect" });
        var before = host.Sandbox.Axcelerate.Tasks.Count;
        AddDeal(host, "Diploma enquiry", stage: "closedwon", contactId: contact);

        var linked = await host.Import().ImportPageAsync(Deals);

        linked.Records.Should().ContainSingle().Which.Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Linked && r.AxcelerateId == existing.Id);
        host.Sandbox.Axcelerate.Tasks.Should().HaveCount(before);
        (await host.Axcelerate.Tasks.GetAsync(existing.Id))!.OpportunityStatus.Should().Be("Won");
        host.ClearJournals();

        var again = await host.Import().ImportPageAsync(Deals with { StartOver = true });

        again.Records.Should().ContainSingle().Which.Outcome.Should().Be(ImportOutcome.Unchanged);
        host.AxcelerateWrites().Should().BeEmpty();
        host.HubSpotWrites().Should().BeEmpty();
    }

    [Fact]
    public async Task Deals_outside_the_first_pipeline_with_unmapped_stages_or_unlinked_contacts_are_skipped_with_the_reason_and_import_once_it_is_gone()
    {
        await using var host = await StartAsync();
        var (contact, _) = await LinkedContactAsync(host, "pipeline@example.edu.au");
        var other = AddDeal(host, "Other pipeline", stage: "4a5a5d1c-1b0e-4cf5-8b34-3ec0ec1c5aeb", pipeline: "75e28846-ad0d-4be2-a027-5e1da6590b98", contactId: contact);
        var unmapped = AddDeal(host, "Unmapped stage", stage: "contractsent", contactId: contact);
        var noContact = AddDeal(host, "No contact");
        host.ClearJournals();

        var report = await host.Import().ImportPageAsync(Deals);

        report.Records.Single(r => r.HubSpotId == other).Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Skipped && r.Reason!.Contains("first pipeline"));
        report.Records.Single(r => r.HubSpotId == unmapped).Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Skipped && r.Reason!.Contains("contractsent"));
        report.Records.Single(r => r.HubSpotId == noContact).Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Skipped && r.Reason!.Contains("contact"));
        host.AxcelerateWrites().Should().BeEmpty();

        // The reason goes away (the deal gets a linked contact): the next run imports it.
        host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, noContact, HubSpotObjectType.Contacts, contact);
        host.LetSearchCatchUp();
        var again = await host.Import().ImportPageAsync(Deals with { StartOver = true });
        again.Records.Single(r => r.HubSpotId == noContact).Outcome.Should().Be(ImportOutcome.Created);
    }

    [Fact]
    public async Task A_linked_deal_changed_in_HubSpot_updates_its_opportunity_through_the_stage_map()
    {
        await using var host = await StartAsync();
        var (contact, _) = await LinkedContactAsync(host, "changing@example.edu.au");
        var deal = AddDeal(host, "Cert III enquiry", contactId: contact, amount: "900");
        var created = (await host.Import().ImportPageAsync(Deals)).Records.Single();
        host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Deals, deal, new Dictionary<string, string?> { ["dealstage"] = "closedwon", ["amount"] = "1200" });

        var report = await host.Import().ImportPageAsync(Deals with { StartOver = true });

        var record = report.Records.Should().ContainSingle().Subject;
        record.Outcome.Should().Be(ImportOutcome.Updated, record.Reason);
        record.AxcelerateId.Should().Be(created.AxcelerateId);
        var task = await host.Axcelerate.Tasks.GetAsync(created.AxcelerateId!.Value);
        task!.OpportunityStatus.Should().Be("Won");
        task.ForecastValue.Should().Be(1200m);
        host.Sandbox.Axcelerate.Tasks.Where(t => t["NAME"] == "Cert III enquiry").Should().ContainSingle("an update never creates a second opportunity");
    }

    [Fact]
    public async Task Several_opportunities_with_the_deals_name_are_reported_with_their_ids_and_nothing_is_written()
    {
        await using var host = await StartAsync();
        var (contact, axContact) = await LinkedContactAsync(host, "twice@example.edu.au");
        var marketingContact = axContact.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = host.Sandbox.Axcelerate.AddTask("Short course enquiry", new Dictionary<string, string?> { ["MARKETINGCONTACTID"] = marketingContact, ["OPPORTUNITYSTATUS"] = "Prospect" });
        var second = host.Sandbox.Axcelerate.AddTask("Short course enquiry", new Dictionary<string, string?> { ["MARKETINGCONTACTID"] = marketingContact, ["OPPORTUNITYSTATUS"] = "Prospect" });
        var deal = AddDeal(host, "Short course enquiry", stage: "closedwon", contactId: contact);
        host.ClearJournals();

        var report = await host.Import().ImportPageAsync(Deals);

        var record = report.Records.Should().ContainSingle().Subject;
        record.Outcome.Should().Be(ImportOutcome.Ambiguous, record.Reason);
        record.CandidateIds.Should().BeEquivalentTo([first.Id, second.Id]);
        host.AxcelerateWrites().Should().BeEmpty();
        (await host.Links().FindByHubSpotIdAsync(MappedEntity.Opportunity, deal)).Should().BeNull();
    }
}
