using System.Globalization;
using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>
/// The aXcelerate id written to HubSpot's <c>axcelerate_id</c> by the import, and the links rebuilt from it after the
/// store is lost, over real HTTP against the strict sandbox.
/// </summary>
public sealed class AxcelerateIdLinkTests
{
    private const string Property = ImportOptions.AxcelerateIdProperty;

    private static string? CarriedId(SandboxHost host, HubSpotObjectType type, string id) =>
        host.Sandbox.HubSpot.GetObject(type, id)!.Properties.GetValueOrDefault(Property);

    private static bool IsIdWrite(Testing.Journal.JournalEntry e) =>
        e.Method is "PATCH" or "POST" && e.Body.Contains(Property, StringComparison.Ordinal) && !e.Path.Contains("/properties/", StringComparison.Ordinal);

    /// <summary>Imports contacts, a company and a deal of one of the contacts; returns the HubSpot ids by type.</summary>
    private static async Task<(List<string> Contacts, string Company, string Deal)> ImportEverythingAsync(SandboxHost host)
    {
        await host.Get<IDealStageMappingService>().SaveAsync(new Dictionary<string, int> { ["qualifiedtobuy"] = 2 });
        var contacts = host.AddHubSpotContacts(5);
        host.Sandbox.Axcelerate.AddContact("Given2", "Family2", "person2@example.edu.au"); // one linked, four created
        var company = host.AddHubSpotCompany("Northern Skills Pty Ltd");
        var deal = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Cert III enquiry", ["pipeline"] = "default", ["dealstage"] = "qualifiedtobuy" }).Id;
        host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, deal, HubSpotObjectType.Contacts, contacts[0]);
        host.LetSearchCatchUp();

        (await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact))).Failed.Should().Be(0);
        host.LetSearchCatchUp();
        (await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Organisation))).Created.Should().Be(1);
        (await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Opportunity))).Created.Should().Be(1);
        return (contacts, company, deal);
    }

    [Fact]
    public async Task Every_imported_record_carries_its_aXcelerate_id_in_a_unique_HubSpot_property_written_in_batches()
    {
        await using var host = await SandboxHost.StartAsync();
        host.Sandbox.HubSpot.GetProperties(HubSpotObjectType.Contacts).Should().NotContain(p => p.Name == Property, "the sandbox starts without it");

        var (contacts, company, deal) = await ImportEverythingAsync(host);

        foreach (var type in new[] { HubSpotObjectType.Contacts, HubSpotObjectType.Companies, HubSpotObjectType.Deals })
        {
            host.Sandbox.HubSpot.GetProperties(type).Should().ContainSingle(p => p.Name == Property)
                .Which.Should().Match<Testing.HubSpot.Properties.HubSpotPropertyDefinition>(p => p.HasUniqueValue && p.Type == "number");
        }

        foreach (var id in contacts)
        {
            var link = await host.Links().FindByHubSpotIdAsync(MappedEntity.Contact, id);
            CarriedId(host, HubSpotObjectType.Contacts, id).Should().Be(link!.AxcelerateId.ToString(CultureInfo.InvariantCulture));
        }

        CarriedId(host, HubSpotObjectType.Companies, company).Should().Be((await host.Links().FindByHubSpotIdAsync(MappedEntity.Organisation, company))!.AxcelerateId.ToString(CultureInfo.InvariantCulture));
        CarriedId(host, HubSpotObjectType.Deals, deal).Should().Be((await host.Links().FindByHubSpotIdAsync(MappedEntity.Opportunity, deal))!.AxcelerateId.ToString(CultureInfo.InvariantCulture));
        host.Sandbox.HubSpot.Journal.Entries.Where(IsIdWrite).Should().HaveCount(3, "one batch update per entity page (the page size of 50 holds all five contacts), never a call per record")
            .And.OnlyContain(e => e.Path.EndsWith("/batch/update", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_property_is_checked_once_per_entity_and_a_re_run_writes_no_id_that_is_already_right()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddHubSpotContacts(3);
        await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact));
        host.ClearJournals();

        var again = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact) { StartOver = true });

        again.Records.Should().OnlyContain(r => r.Outcome == ImportOutcome.Unchanged);
        host.HubSpotWrites().Should().BeEmpty();
        host.Sandbox.HubSpot.Journal.Entries.Should().NotContain(e => e.Path.Contains("/properties/", StringComparison.Ordinal), "the property was found once in this process");
    }

    [Fact]
    public async Task A_lost_store_is_rebuilt_from_HubSpot_and_a_re_import_then_creates_nothing_in_aXcelerate()
    {
        await using var host = await SandboxHost.StartAsync();
        var (contacts, company, deal) = await ImportEverythingAsync(host);
        var axContacts = host.AxcelerateContactsWithEmail().Count;
        var axTasks = host.Sandbox.Axcelerate.Tasks.Count;

        await using var fresh = host.NewStoreOverSameSandbox();
        var import = fresh.GetRequiredService<IImportOrchestrator>();
        var links = fresh.GetRequiredService<IRecordLinkStore>();
        (await links.FindByHubSpotIdAsync(MappedEntity.Contact, contacts[0])).Should().BeNull("the new store is empty");
        host.ClearJournals();

        var rebuiltContacts = await import.RebuildLinksAsync(MappedEntity.Contact);
        host.Sandbox.Axcelerate.Journal.Entries.Should().ContainSingle("the five contacts are confirmed in aXcelerate by one read of many ids");
        var rebuiltCompanies = await import.RebuildLinksAsync(MappedEntity.Organisation);
        var rebuiltDeals = await import.RebuildLinksAsync(MappedEntity.Opportunity);

        rebuiltContacts.Should().Match<LinkRebuildReport>(r => r.Restored == 5 && r.AlreadyLinked == 0 && r.Conflicts.Count == 0 && r.Missing.Count == 0);
        rebuiltCompanies.Restored.Should().Be(1);
        rebuiltDeals.Restored.Should().Be(1);
        foreach (var id in contacts)
        {
            (await links.FindByHubSpotIdAsync(MappedEntity.Contact, id))!.AxcelerateId.ToString(CultureInfo.InvariantCulture)
                .Should().Be(CarriedId(host, HubSpotObjectType.Contacts, id));
        }

        (await links.FindByHubSpotIdAsync(MappedEntity.Organisation, company)).Should().NotBeNull();
        (await links.FindByHubSpotIdAsync(MappedEntity.Opportunity, deal)).Should().NotBeNull();
        host.HubSpotWrites().Should().BeEmpty("rebuilding only reads HubSpot");
        host.AxcelerateWrites().Should().BeEmpty();

        // The stage map was in the lost store too: an administrator maps it again before importing deals.
        await fresh.GetRequiredService<IDealStageMappingService>().SaveAsync(new Dictionary<string, int> { ["qualifiedtobuy"] = 2 });
        host.LetSearchCatchUp(); // time passes (the sandbox clock is fake): each import's record count is one search, 5 per second allowed
        var contactsAgain = await import.ImportAllAsync(new ImportRequest(MappedEntity.Contact));
        var companiesAgain = await import.ImportAllAsync(new ImportRequest(MappedEntity.Organisation));
        var dealsAgain = await import.ImportAllAsync(new ImportRequest(MappedEntity.Opportunity));

        var all = contactsAgain.Records.Concat(companiesAgain.Records).Concat(dealsAgain.Records).ToList();
        all.Should().OnlyContain(r => r.Outcome == ImportOutcome.Unchanged, string.Join("; ", all.Select(r => $"{r.HubSpotId} {r.Outcome} {string.Join(",", r.Changes.Select(c => c.Key + "=" + c.Value))}")));
        host.AxcelerateWrites().Should().BeEmpty("every record was found by its restored link: no duplicate, no update");
        host.AxcelerateContactsWithEmail().Should().HaveCount(axContacts);
        host.Sandbox.Axcelerate.Tasks.Should().HaveCount(axTasks);
        host.HubSpotWrites().Should().BeEmpty();

        var twice = await import.RebuildLinksAsync(MappedEntity.Contact);
        twice.Should().Match<LinkRebuildReport>(r => r.Restored == 0 && r.AlreadyLinked == 5);
    }

    [Fact]
    public async Task Rebuilding_reports_ids_missing_in_aXcelerate_and_conflicting_links_and_leaves_them_alone()
    {
        await using var host = await SandboxHost.StartAsync();
        var contacts = host.AddHubSpotContacts(3);
        var first = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact));
        var ax = first.Records.ToDictionary(r => r.HubSpotId, r => r.AxcelerateId!.Value);
        host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, contacts[2], new Dictionary<string, string?> { [Property] = "987654" });
        await using var fresh = host.NewStoreOverSameSandbox();
        var links = fresh.GetRequiredService<IRecordLinkStore>();
        var other = host.Sandbox.Axcelerate.AddContact("Someone", "Else", "else@example.edu.au");
        await links.LinkAsync(MappedEntity.Contact, other.Id, contacts[1]); // linked by hand to another record meanwhile

        var report = await fresh.GetRequiredService<IImportOrchestrator>().RebuildLinksAsync(MappedEntity.Contact);

        report.Restored.Should().Be(1);
        report.Conflicts.Should().ContainSingle().Which.Should().Match<LinkRebuildIssue>(i => i.HubSpotId == contacts[1] && i.AxcelerateId == ax[contacts[1]] && i.Reason.Contains(other.Id.ToString(CultureInfo.InvariantCulture)));
        report.Missing.Should().ContainSingle().Which.Should().Match<LinkRebuildIssue>(i => i.HubSpotId == contacts[2] && i.AxcelerateId == 987654);
        (await links.FindByHubSpotIdAsync(MappedEntity.Contact, contacts[0]))!.AxcelerateId.Should().Be(ax[contacts[0]]);
        (await links.FindByHubSpotIdAsync(MappedEntity.Contact, contacts[1]))!.AxcelerateId.Should().Be(other.Id, "a conflicting link is left as it was");
        (await links.FindByHubSpotIdAsync(MappedEntity.Contact, contacts[2])).Should().BeNull();
    }

    [Fact]
    public async Task An_id_HubSpot_refuses_because_a_duplicate_record_carries_it_is_reported_on_the_record_and_the_import_goes_on()
    {
        await using var host = await SandboxHost.StartAsync();
        var original = host.AddHubSpotContact("Dup", "Licate", "dup@example.edu.au");
        var first = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact));
        var axId = first.Records.Single().AxcelerateId!.Value;
        // The original is unlinked and loses its email; a duplicate HubSpot record with the email is imported and links to the same aXcelerate contact.
        await host.Links().UnlinkAsync(MappedEntity.Contact, axId);
        host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, original, new Dictionary<string, string?> { ["email"] = "" });
        var duplicate = host.AddHubSpotContact("Dup", "Licate", "dup@example.edu.au");
        host.LetSearchCatchUp();

        var report = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact) { StartOver = true });

        var record = report.Records.Single(r => r.HubSpotId == duplicate);
        record.Outcome.Should().Be(ImportOutcome.Linked);
        record.AxcelerateId.Should().Be(axId);
        record.Reason.Should().Contain(Property).And.Contain("refused");
        CarriedId(host, HubSpotObjectType.Contacts, original).Should().Be(axId.ToString(CultureInfo.InvariantCulture));
        CarriedId(host, HubSpotObjectType.Contacts, duplicate).Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task A_property_that_cannot_hold_the_id_does_not_stop_the_import_and_each_record_says_so()
    {
        await using var host = await SandboxHost.StartAsync();
        // A portal where someone already made axcelerate_id a dropdown: HubSpot refuses numbers that are not among its options.
        host.Sandbox.HubSpot.AddProperty(HubSpotObjectType.Contacts, new Testing.HubSpot.Properties.HubSpotPropertyDefinition(Property, "aXcelerate", "enumeration", "select", "contactinformation")
        {
            HubSpotDefined = false,
            Options = [new KeyValuePair<string, string>("Yes", "yes")],
        });
        host.AddHubSpotContacts(2);

        var report = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact));

        report.Created.Should().Be(2);
        report.IsComplete.Should().BeTrue();
        report.Records.Should().OnlyContain(r => r.Reason != null && r.Reason.Contains(Property));
        host.AxcelerateContactsWithEmail().Should().HaveCount(2);
    }

    [Fact]
    public async Task With_the_option_off_the_import_writes_nothing_to_HubSpot()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.Import.WriteAxcelerateIdToHubSpot = false);
        host.AddHubSpotContacts(3);
        host.AddHubSpotCompany("Quiet Training Co");

        var contacts = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact));
        var companies = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Organisation));

        contacts.Created.Should().Be(3);
        companies.Created.Should().Be(1);
        host.HubSpotWrites().Should().BeEmpty();
        host.Sandbox.HubSpot.GetProperties(HubSpotObjectType.Contacts).Should().NotContain(p => p.Name == Property);
        host.Sandbox.HubSpot.Contacts.Should().OnlyContain(c => !c.Properties.ContainsKey(Property) || c.Properties[Property] == null);
    }
}
