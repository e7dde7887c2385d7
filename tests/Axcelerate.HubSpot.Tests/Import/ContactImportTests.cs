using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>Importing HubSpot contacts into aXcelerate over real HTTP against the strict sandbox.</summary>
public sealed class ContactImportTests
{
    private static readonly ImportRequest Contacts = new(MappedEntity.Contact);

    [Fact]
    public async Task A_contact_without_a_match_is_created_in_aXcelerate_with_its_mapped_fields_and_linked()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = host.AddHubSpotContact("Ada", "Lovelace", "ada@example.edu.au", new Dictionary<string, string?> { ["mobilephone"] = "0412 345 678", ["city"] = "Parramatta" });

        var report = await host.Import().ImportPageAsync(Contacts);

        var record = report.Records.Should().ContainSingle().Subject;
        record.HubSpotId.Should().Be(id);
        record.Outcome.Should().Be(ImportOutcome.Created);
        var created = host.Sandbox.Axcelerate.GetContact((int)record.AxcelerateId!.Value)!;
        created["GIVENNAME"].Should().Be("Ada");
        created["SURNAME"].Should().Be("Lovelace");
        created["EMAILADDRESS"].Should().Be("ada@example.edu.au");
        created["CITY"].Should().Be("Parramatta");
        created["MOBILEPHONE"].Should().NotBeNullOrEmpty();
        (await host.Links().FindByHubSpotIdAsync(MappedEntity.Contact, id))!.AxcelerateId.Should().Be(record.AxcelerateId);
        report.Created.Should().Be(1);
        report.IsComplete.Should().BeTrue();
    }

    [Fact]
    public async Task A_contact_without_a_surname_fails_with_the_reason_and_the_rest_of_the_page_is_imported()
    {
        await using var host = await SandboxHost.StartAsync();
        var nameless = host.AddHubSpotContact("Cher", "", "cher@example.edu.au");
        var whole = host.AddHubSpotContact("Grace", "Hopper", "grace@example.edu.au");

        var report = await host.Import().ImportPageAsync(Contacts);

        var failed = report.Records.Should().ContainSingle(r => r.HubSpotId == nameless).Subject;
        failed.Outcome.Should().Be(ImportOutcome.Failed);
        failed.Reason.Should().Contain("given name and a surname").And.NotContain("Parameter");
        report.Records.Should().ContainSingle(r => r.HubSpotId == whole).Which.Outcome.Should().Be(ImportOutcome.Created);
        (await host.Links().FindByHubSpotIdAsync(MappedEntity.Contact, nameless)).Should().BeNull("nothing was created for it");
    }

    [Fact]
    public async Task A_contact_with_one_match_by_email_is_linked_and_updated_not_duplicated()
    {
        await using var host = await SandboxHost.StartAsync();
        var existing = host.Sandbox.Axcelerate.AddContact("Grace", "Hopper", "GRACE@Example.edu.au", new Dictionary<string, string?> { ["CITY"] = "Arlington" });
        var id = host.AddHubSpotContact("Grace", "Hopper", "grace@example.edu.au", new Dictionary<string, string?> { ["city"] = "Melbourne" });

        var report = await host.Import().ImportPageAsync(Contacts);

        var record = report.Records.Should().ContainSingle().Subject;
        record.Outcome.Should().Be(ImportOutcome.Linked);
        record.AxcelerateId.Should().Be(existing.Id);
        record.Changes.Should().ContainKey("city").WhoseValue.Should().Be("Melbourne");
        record.Changes.Should().NotContainKey("givenName", "unchanged values are not written");
        host.AxcelerateContactsWithEmail().Should().ContainSingle();
        host.Sandbox.Axcelerate.GetContact(existing.Id)!["CITY"].Should().Be("Melbourne");
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, existing.Id))!.HubSpotId.Should().Be(id);
    }

    [Fact]
    public async Task A_linked_contact_changed_in_HubSpot_is_updated_through_the_mappings()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = host.AddHubSpotContact("Alan", "Turing", "alan@example.edu.au");
        var first = await host.Import().ImportPageAsync(Contacts);
        var axId = (int)first.Records[0].AxcelerateId!.Value;
        host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, id, new Dictionary<string, string?> { ["lastname"] = "Turing-Smith", ["jobtitle"] = "Cryptanalyst" });
        host.ClearJournals();

        var second = await host.Import().ImportPageAsync(Contacts with { StartOver = true });

        var record = second.Records.Should().ContainSingle().Subject;
        record.Outcome.Should().Be(ImportOutcome.Updated);
        record.AxcelerateId.Should().Be(axId);
        record.Changes.Keys.Should().BeEquivalentTo(["surname", "position"]);
        host.Sandbox.Axcelerate.GetContact(axId)!["SURNAME"].Should().Be("Turing-Smith");
        host.Sandbox.Axcelerate.GetContact(axId)!["POSITION"].Should().Be("Cryptanalyst");
        host.AxcelerateWrites().Should().ContainSingle("one update of the linked contact, no create");
        host.AxcelerateContactsWithEmail().Should().ContainSingle();
    }

    [Fact]
    public async Task The_sync_rules_and_deactivated_mappings_decide_which_fields_the_import_writes()
    {
        await using var host = await SandboxHost.StartAsync();
        var mappings = host.Get<Axcelerate.HubSpot.Mapping.IFieldMappingService>();
        var all = await mappings.ListAsync(MappedEntity.Contact);
        await mappings.UpdateAsync(all.Single(m => m.HubSpotProperty == "city") with { Rule = Axcelerate.HubSpot.Mapping.SyncRule.AxcelerateOnly });
        await mappings.UpdateAsync(all.Single(m => m.HubSpotProperty == "jobtitle") with { Rule = Axcelerate.HubSpot.Mapping.SyncRule.PreferAxcelerateUnlessBlank });
        await mappings.UpdateAsync(all.Single(m => m.HubSpotProperty == "zip") with { Rule = Axcelerate.HubSpot.Mapping.SyncRule.PreferAxcelerateUnlessBlank });
        await mappings.SetActiveAsync(MappedEntity.Contact, "country", "country", isActive: false);
        var existing = host.Sandbox.Axcelerate.AddContact("Rule", "Follower", "rules@example.edu.au",
            new Dictionary<string, string?> { ["CITY"] = "Perth", ["POSITION"] = "Registrar", ["COUNTRY"] = "Australia" });
        host.AddHubSpotContact("Rule", "Follower", "rules@example.edu.au", new Dictionary<string, string?>
        {
            ["city"] = "Darwin", ["jobtitle"] = "Trainer", ["zip"] = "0800", ["country"] = "New Zealand", ["mobilephone"] = "0400 111 222",
        });

        var report = await host.Import().ImportPageAsync(Contacts);

        var record = report.Records.Should().ContainSingle().Subject;
        record.Outcome.Should().Be(ImportOutcome.Linked);
        record.Changes.Keys.Should().BeEquivalentTo(["postcode", "mobilephone"], "aXcelerate-only, aXcelerate-unless-blank (when set) and inactive mappings are not written");
        var contact = host.Sandbox.Axcelerate.GetContact(existing.Id)!;
        contact["CITY"].Should().Be("Perth");
        contact["POSITION"].Should().Be("Registrar");
        contact["COUNTRY"].Should().Be("Australia");
        contact["POSTCODE"].Should().Be("0800", "aXcelerate's blank postcode is filled");
    }

    [Fact]
    public async Task Re_running_over_unchanged_data_writes_nothing_on_either_side()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddHubSpotContacts(4);
        host.Sandbox.Axcelerate.AddContact("Given2", "Family2", "person2@example.edu.au");
        var first = await host.Import().ImportAllAsync(Contacts);
        first.Created.Should().Be(3);
        first.Linked.Should().Be(1);
        host.ClearJournals();

        var again = await host.Import().ImportAllAsync(Contacts with { StartOver = true });

        again.Records.Should().HaveCount(4).And.OnlyContain(r => r.Outcome == ImportOutcome.Unchanged);
        host.AxcelerateWrites().Should().BeEmpty();
        host.Sandbox.Axcelerate.Journal.Entries.Should().BeEmpty("the last-synced hash shows nothing changed, so aXcelerate is not even read");
        host.HubSpotWrites().Should().BeEmpty();
        host.AxcelerateContactsWithEmail().Should().HaveCount(4);
    }

    [Fact]
    public async Task Several_aXcelerate_contacts_with_the_email_are_reported_with_their_ids_and_nothing_is_written()
    {
        await using var host = await SandboxHost.StartAsync();
        var a = host.Sandbox.Axcelerate.AddContact("Sam", "Lee", "sam@example.edu.au");
        var b = host.Sandbox.Axcelerate.AddContact("Samuel", "Lee", "Sam@example.edu.au");
        var id = host.AddHubSpotContact("Sam", "Lee", "sam@example.edu.au", new Dictionary<string, string?> { ["city"] = "Hobart" });
        host.ClearJournals();

        var report = await host.Import().ImportPageAsync(Contacts);

        var record = report.Records.Should().ContainSingle().Subject;
        record.Outcome.Should().Be(ImportOutcome.Ambiguous);
        record.CandidateIds.Should().BeEquivalentTo(new long[] { a.Id, b.Id });
        record.Reason.Should().Contain(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Contain(b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        host.AxcelerateWrites().Should().BeEmpty();
        (await host.Links().FindByHubSpotIdAsync(MappedEntity.Contact, id)).Should().BeNull();
        host.Sandbox.Axcelerate.GetContact(a.Id)!["CITY"].Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task Every_write_is_logged_as_the_import_of_its_record()
    {
        await using var host = await SandboxHost.StartAsync();
        var created = host.AddHubSpotContact("Log", "Me", "log@example.edu.au");
        var existing = host.Sandbox.Axcelerate.AddContact("Linked", "Person", "linked@example.edu.au");
        host.AddHubSpotContact("Linked", "Person-Changed", "linked@example.edu.au");

        var report = await host.Import().ImportPageAsync(Contacts);

        var page = await host.Get<Axcelerate.HubSpot.Storage.IOutgoingLogStore>().QueryOutgoingAsync(new() { Service = RemoteService.Axcelerate, PageSize = 500 });
        var writes = page.Items.Where(e => e.Method != "GET").ToList();
        writes.Should().HaveCount(2).And.OnlyContain(e => e.Operation == "import" && e.Entity == MappedEntity.Contact);
        writes.Select(e => e.RecordId).Should().BeEquivalentTo([created, existing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            "a create is named by the HubSpot id (there is no aXcelerate id yet), an update by the linked aXcelerate id");
        report.Records.Select(r => r.Outcome).Should().BeEquivalentTo([ImportOutcome.Created, ImportOutcome.Linked]);
    }

    [Fact]
    public async Task A_contact_without_an_email_is_skipped_with_the_reason()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddHubSpotContact("No", "Email", email: null);

        var report = await host.Import().ImportPageAsync(Contacts);

        report.Records.Should().ContainSingle().Which.Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Skipped && r.Reason!.Contains("no email"));
        host.AxcelerateWrites().Should().BeEmpty();
    }

    [Fact]
    public async Task A_value_that_does_not_convert_fails_that_record_naming_the_field_and_the_rest_of_the_page_goes_on()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddHubSpotContact("Good", "One", "good1@example.edu.au");
        var bad = host.AddHubSpotContact("Bad", "State", "bad@example.edu.au", new Dictionary<string, string?> { ["state"] = "Narnia" });
        host.AddHubSpotContact("Good", "Two", "good2@example.edu.au");

        var report = await host.Import().ImportPageAsync(Contacts);

        report.Created.Should().Be(2);
        var failed = report.Records.Should().ContainSingle(r => r.Outcome == ImportOutcome.Failed).Subject;
        failed.HubSpotId.Should().Be(bad);
        failed.ConversionErrors.Should().ContainSingle().Which.HubSpotProperty.Should().Be("state");
        failed.Reason.Should().Contain("state").And.Contain("Narnia");
        host.AxcelerateContactsWithEmail().Select(c => c["EMAILADDRESS"]).Should().BeEquivalentTo(["good1@example.edu.au", "good2@example.edu.au"]);
        (await host.Links().FindByHubSpotIdAsync(MappedEntity.Contact, bad)).Should().BeNull();
    }

    [Fact]
    public async Task A_dry_run_reports_what_each_record_would_get_and_writes_nothing()
    {
        await using var host = await SandboxHost.StartAsync();
        host.Sandbox.Axcelerate.AddContact("Linus", "T", "linus@example.edu.au");
        host.Sandbox.Axcelerate.AddContact("Dup", "One", "dup@example.edu.au");
        host.Sandbox.Axcelerate.AddContact("Dup", "Two", "dup@example.edu.au");
        var create = host.AddHubSpotContact("New", "Person", "new@example.edu.au");
        var link = host.AddHubSpotContact("Linus", "Torvalds", "linus@example.edu.au");
        var ambiguous = host.AddHubSpotContact("Dup", "Three", "dup@example.edu.au");
        host.ClearJournals();

        var report = await host.Import().ImportPageAsync(Contacts with { DryRun = true });

        report.DryRun.Should().BeTrue();
        report.Records.Single(r => r.HubSpotId == create).Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Created && r.Changes["givenName"] == "New");
        report.Records.Single(r => r.HubSpotId == link).Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Linked && r.Changes["surname"] == "Torvalds");
        report.Records.Single(r => r.HubSpotId == ambiguous).CandidateIds.Should().HaveCount(2);
        host.AxcelerateWrites().Should().BeEmpty();
        host.HubSpotWrites().Should().BeEmpty();
        host.AxcelerateContactsWithEmail().Should().HaveCount(3);
        (await host.Links().FindByHubSpotIdAsync(MappedEntity.Contact, link)).Should().BeNull();
        (await host.Import().GetCheckpointAsync(MappedEntity.Contact)).Should().BeNull();
    }

    [Fact]
    public async Task A_selection_imports_only_the_included_records_and_never_the_excluded_ones()
    {
        await using var host = await SandboxHost.StartAsync();
        var ids = host.AddHubSpotContacts(5);

        var included = await host.Import().ImportPageAsync(Contacts with { Include = new HashSet<string> { ids[0], ids[3] } });

        included.Records.Where(r => r.Outcome == ImportOutcome.Created).Select(r => r.HubSpotId).Should().BeEquivalentTo([ids[0], ids[3]]);
        included.Records.Where(r => r.Outcome == ImportOutcome.Skipped).Should().HaveCount(3).And.OnlyContain(r => r.Reason!.Contains("Not selected"));

        var excluded = await host.Import().ImportPageAsync(Contacts with { StartOver = true, Exclude = new HashSet<string> { ids[1] } });

        excluded.Records.Single(r => r.HubSpotId == ids[1]).Should().Match<ImportRecordResult>(r => r.Outcome == ImportOutcome.Skipped && r.Reason!.Contains("Excluded"));
        excluded.Records.Where(r => r.Outcome == ImportOutcome.Created).Select(r => r.HubSpotId).Should().BeEquivalentTo([ids[2], ids[4]]);
        excluded.Records.Where(r => r.Outcome == ImportOutcome.Unchanged).Select(r => r.HubSpotId).Should().BeEquivalentTo([ids[0], ids[3]]);
        host.AxcelerateContactsWithEmail().Select(c => c["EMAILADDRESS"]).Should().NotContain("person2@example.edu.au").And.HaveCount(4);
    }
}
