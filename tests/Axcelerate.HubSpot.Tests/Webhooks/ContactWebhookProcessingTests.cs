using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Webhooks;

namespace Axcelerate.HubSpot.Tests.Webhooks;

/// <summary>HubSpot contact webhooks delivered by the strict sandbox over HTTP, logged, and applied to aXcelerate.</summary>
public sealed class ContactWebhookProcessingTests
{
    [Fact]
    public async Task A_new_HubSpot_contact_without_a_match_is_created_in_aXcelerate_and_linked()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = bed.AddHubSpotContact("Ada", "Lovelace", "ada@example.edu.au", new Dictionary<string, string?> { ["city"] = "Parramatta" });

        var done = await bed.DeliverAndProcessAsync();

        var entry = WebhookTestBed.Creation(done);
        done.Should().Contain(e => e.SubscriptionType == "contact.propertyChange", "HubSpot sends the new record's properties as changes too");
        done.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        var created = bed.AxcelerateContacts().Should().ContainSingle().Subject;
        created["EMAILADDRESS"].Should().Be("ada@example.edu.au");
        created["CITY"].Should().Be("Parramatta");
        entry.Result.Should().Contain($"created aXcelerate contact {created.Id}").And.Contain("emailAddress");
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id))!.AxcelerateId.Should().Be(created.Id);
    }

    [Fact]
    public async Task A_new_HubSpot_contact_with_exactly_one_match_by_email_is_linked_to_it_and_nothing_is_created()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var existing = bed.Host.Sandbox.Axcelerate.AddContact("Grace", "Hopper", "GRACE@example.edu.au");
        var id = bed.AddHubSpotContact("Grace", "Hopper", "grace@example.edu.au");

        var done = await bed.DeliverAndProcessAsync();

        var entry = WebhookTestBed.Creation(done);
        done.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        entry.Result.Should().Contain($"linked to aXcelerate contact {existing.Id}");
        bed.AxcelerateContacts().Should().ContainSingle();
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id))!.AxcelerateId.Should().Be(existing.Id);
    }

    [Fact]
    public async Task A_new_HubSpot_contact_matching_two_aXcelerate_contacts_fails_as_ambiguous_and_links_nothing()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var first = bed.Host.Sandbox.Axcelerate.AddContact("Alan", "Turing", "alan@example.edu.au");
        var second = bed.Host.Sandbox.Axcelerate.AddContact("Alan", "Turing", "alan@example.edu.au");
        var id = bed.AddHubSpotContact("Alan", "Turing", "alan@example.edu.au");

        var entry = WebhookTestBed.Creation(await bed.DeliverAndProcessAsync());

        entry.Status.Should().Be(IncomingStatus.Failed);
        entry.Error.Should().Contain("2 aXcelerate contacts match").And.Contain(first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Contain(second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id)).Should().BeNull();
        bed.AxcelerateContacts().Should().HaveCount(2);
    }

    [Fact]
    public async Task With_creation_of_unmatched_contacts_off_a_new_contact_is_reported_and_stays_importable()
    {
        await using var bed = await WebhookTestBed.StartAsync(integration: o => o.WebhookProcessing.CreateUnmatchedContacts = false);
        var id = bed.AddHubSpotContact("Katherine", "Johnson", "katherine@example.edu.au");

        var done = await bed.DeliverAndProcessAsync();

        var entry = WebhookTestBed.Creation(done);
        done.Should().OnlyContain(e => e.Status == IncomingStatus.Skipped);
        entry.Error.Should().Contain("No aXcelerate contact matches 'katherine@example.edu.au'");
        bed.AxcelerateContacts().Should().BeEmpty();

        await bed.Log.DeleteAsync(entry.Id);
        var import = await bed.Host.Get<IImportOrchestrator>().ImportPageAsync(new ImportRequest(MappedEntity.Contact));

        import.Records.Should().ContainSingle().Which.Outcome.Should().Be(ImportOutcome.Created);
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id)).Should().NotBeNull();
    }

    [Fact]
    public async Task A_property_change_updates_the_mapped_field_of_the_linked_contact_and_records_the_sync_stamp()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = bed.AddHubSpotContact("Mary", "Jackson", "mary@example.edu.au");
        await bed.DeliverAndProcessAsync();
        var link = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id))!;
        bed.Clock.Advance(TimeSpan.FromMinutes(3));
        bed.Edit(id, "jobtitle", "Engineer");

        var entry = (await bed.DeliverAndProcessAsync()).Single();

        entry.Status.Should().Be(IncomingStatus.Succeeded);
        entry.Result.Should().Be($"updated aXcelerate contact {link.AxcelerateId}: position");
        bed.Host.Sandbox.Axcelerate.GetContact((int)link.AxcelerateId)!["POSITION"].Should().Be("Engineer");
        var stamped = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id))!;
        stamped.LastSyncedToAxcelerate!.At.Should().Be(bed.Clock.GetUtcNow());
        stamped.LastSyncedToAxcelerate.ValuesHash.Should().NotBe(link.LastSyncedToAxcelerate!.ValuesHash);
    }

    [Fact]
    public async Task A_field_whose_sync_rule_keeps_aXcelerate_in_charge_or_that_is_deactivated_is_never_written()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var mappings = bed.Host.Get<IFieldMappingService>();
        var all = await mappings.ListAsync(MappedEntity.Contact);
        await mappings.UpdateAsync(all.Single(m => m.HubSpotProperty == "jobtitle") with { Rule = SyncRule.AxcelerateOnly });
        await mappings.SetActiveAsync(MappedEntity.Contact, "city", "city", isActive: false);
        var id = bed.AddHubSpotContact("Dorothy", "Vaughan", "dorothy@example.edu.au");
        await bed.DeliverAndProcessAsync();
        var axId = (int)(await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id))!.AxcelerateId;
        bed.Host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, id, new Dictionary<string, string?> { ["jobtitle"] = "Supervisor", ["city"] = "Hampton", ["lastname"] = "Vaughan-Smith" });

        var done = await bed.DeliverAndProcessAsync();

        done.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        var contact = bed.Host.Sandbox.Axcelerate.GetContact(axId)!;
        contact["SURNAME"].Should().Be("Vaughan-Smith");
        contact["POSITION"].Should().NotBe("Supervisor");
        contact["CITY"].Should().NotBe("Hampton");
    }

    [Fact]
    public async Task Duplicate_deliveries_are_logged_once_and_several_changes_of_one_contact_cost_one_update()
    {
        await using var bed = await WebhookTestBed.StartAsync(webhooks: o => o.DuplicateShare = 1);
        var id = bed.AddHubSpotContact("Hedy", "Lamarr", "hedy@example.edu.au");
        await bed.DeliverAndProcessAsync();
        bed.Host.Sandbox.Axcelerate.Journal.Clear();
        bed.Edit(id, "jobtitle", "Inventor");
        bed.Edit(id, "city", "Vienna");

        var done = await bed.DeliverAndProcessAsync();

        bed.Received.Sum(r => r.Events).Should().Be(2 * bed.Received.Sum(r => r.New), "every event came twice and was logged once");
        done.Should().HaveCount(2).And.OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        bed.AxcelerateWrites().Should().Be(1, "both changes were applied by one update of the re-read contact");
    }

    [Fact]
    public async Task Shuffled_events_end_in_the_newest_state_because_the_contact_is_re_read()
    {
        await using var bed = await WebhookTestBed.StartAsync(webhooks: o => o.Reorder = true);
        var id = bed.AddHubSpotContact("Emmy", "Noether", "emmy@example.edu.au");
        foreach (var title in new[] { "Lecturer", "Reader", "Professor" })
        {
            bed.Clock.Advance(TimeSpan.FromSeconds(1));
            bed.Edit(id, "jobtitle", title);
        }

        var done = await bed.DeliverAndProcessAsync();

        done.Count(e => e.SubscriptionType == "contact.propertyChange" && e.Payload.Contains("\"jobtitle\"", StringComparison.Ordinal)).Should().Be(3);
        done.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        bed.AxcelerateContacts().Should().ContainSingle().Which["POSITION"].Should().Be("Professor");
    }

    [Fact]
    public async Task A_merge_moves_the_link_to_the_new_record_id_leaving_exactly_one_link()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var primary = bed.AddHubSpotContact("Rosalind", "Franklin", "rosalind@example.edu.au");
        var other = bed.AddHubSpotContact("Ros", "Franklin", "ros.franklin@example.edu.au");
        await bed.DeliverAndProcessAsync();
        var primaryLink = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, primary))!;
        var otherLink = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, other))!;

        var merged = bed.Host.Sandbox.HubSpot.SimulateMerge(HubSpotObjectType.Contacts, primary, other);
        var done = await bed.DeliverAndProcessAsync();

        merged.Id.Should().NotBe(primary).And.NotBe(other, "HubSpot mints a new id on merge");
        done.Should().Contain(e => e.SubscriptionType == "contact.merge").And.Contain(e => e.SubscriptionType == "contact.deletion");
        done.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, merged.Id))!.AxcelerateId.Should().Be(primaryLink.AxcelerateId);
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, primary)).Should().BeNull();
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, other)).Should().BeNull();
        (await bed.Links.FindByAxcelerateIdAsync(MappedEntity.Contact, otherLink.AxcelerateId)).Should().BeNull("two links to one HubSpot record cannot exist");
        done.Single(e => e.SubscriptionType == "contact.merge").Result.Should().Contain($"moved from HubSpot contact {primary} to {merged.Id}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_merge_processed_one_shuffled_event_at_a_time_still_leaves_one_link_on_the_new_id_even_when_deletions_unlink(int seed)
    {
        await using var bed = await WebhookTestBed.StartAsync(
            webhooks: o =>
            {
                o.Reorder = true;
                o.Seed = seed;
            },
            integration: o =>
            {
                o.WebhookProcessing.BatchSize = 1;
                o.WebhookProcessing.ContactDeletion = ContactDeletionAction.Unlink;
            });
        var primary = bed.AddHubSpotContact("Marie", "Curie", "marie@example.edu.au");
        var other = bed.AddHubSpotContact("M", "Curie", "m.curie@example.edu.au");
        await bed.DeliverAndProcessAsync();
        var primaryLink = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, primary))!;

        var merged = bed.Host.Sandbox.HubSpot.SimulateMerge(HubSpotObjectType.Contacts, primary, other);
        var done = await bed.DeliverAndProcessAsync();

        done.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        done.Where(e => e.SubscriptionType == "contact.deletion").Should().OnlyContain(e => e.Result!.Contains($"into {merged.Id}"), "a deletion read under a merged-away id is a merge, not a deletion");
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, merged.Id))!.AxcelerateId.Should().Be(primaryLink.AxcelerateId);
        (await bed.Links.ListRecordLinksAsync(MappedEntity.Contact)).Items.Should().ContainSingle("the other aXcelerate contact's link to a merged-away record is gone too");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(13)]
    // Shuffled into one request and processed one event a pass: seeds 7, 9, 11 and 13 process the second merge first.
    public async Task A_chained_merge_processed_before_the_merge_it_builds_on_keeps_the_primarys_link_on_the_last_survivor(int seed)
    {
        await using var bed = await WebhookTestBed.StartAsync(
            webhooks: o =>
            {
                o.Reorder = true;
                o.Seed = seed;
            },
            integration: o => o.WebhookProcessing.BatchSize = 1);
        var primary = bed.AddHubSpotContact("Lise", "Meitner", "lise@example.edu.au");
        var second = bed.AddHubSpotContact("L", "Meitner", "l.meitner@example.edu.au");
        var third = bed.AddHubSpotContact("Elise", "Meitner", "elise.meitner@example.edu.au");
        await bed.DeliverAndProcessAsync();
        var primaryLink = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, primary))!;

        // The first merge's survivor is merged again (as the primary) before any of its events is processed.
        var first = bed.Host.Sandbox.HubSpot.SimulateMerge(HubSpotObjectType.Contacts, primary, second);
        var last = bed.Host.Sandbox.HubSpot.SimulateMerge(HubSpotObjectType.Contacts, first.Id, third);
        var done = await bed.DeliverAndProcessAsync();

        done.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, last.Id))!.AxcelerateId.Should().Be(primaryLink.AxcelerateId, "the primary's link survives both merges");
        (await bed.Links.ListRecordLinksAsync(MappedEntity.Contact)).Items.Should().ContainSingle("the merged-away contacts' aXcelerate records stay, unlinked");
        bed.AxcelerateContacts().Should().HaveCount(3).And.ContainSingle(c => c["GIVENNAME"] == "Lise");
    }

    [Theory]
    [InlineData(ContactDeletionAction.Leave)]
    [InlineData(ContactDeletionAction.Unlink)]
    public async Task A_deleted_HubSpot_contact_is_unlinked_or_left_as_configured_and_the_aXcelerate_contact_stays(ContactDeletionAction action)
    {
        await using var bed = await WebhookTestBed.StartAsync(integration: o => o.WebhookProcessing.ContactDeletion = action);
        var id = bed.AddHubSpotContact("Chien-Shiung", "Wu", "wu@example.edu.au");
        await bed.DeliverAndProcessAsync();
        var link = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id))!;

        bed.Host.Sandbox.HubSpot.SimulateDelete(HubSpotObjectType.Contacts, id);
        var entry = (await bed.DeliverAndProcessAsync()).Single();

        entry.Status.Should().Be(IncomingStatus.Succeeded);
        bed.Host.Sandbox.Axcelerate.GetContact((int)link.AxcelerateId).Should().NotBeNull();
        var after = await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id);
        if (action == ContactDeletionAction.Unlink)
        {
            after.Should().BeNull();
            entry.Result.Should().Contain($"unlinked aXcelerate contact {link.AxcelerateId}");
        }
        else
        {
            after.Should().NotBeNull();
            entry.Result.Should().Contain("stays linked");
        }
    }

    [Theory]
    [InlineData(SyncFlow.ContactCreationWebhook)]
    [InlineData(SyncFlow.ContactUpdateWebhook)]
    [InlineData(SyncFlow.ContactDeletionWebhook)]
    [InlineData(SyncFlow.ContactMergeWebhook)]
    public async Task A_contact_flow_switched_off_skips_its_events_with_the_reason_and_writes_nothing(SyncFlow flow)
    {
        await using var bed = await WebhookTestBed.StartAsync(integration: o => o.WebhookProcessing.ContactDeletion = ContactDeletionAction.Unlink);
        var id = bed.AddHubSpotContact("Lise", "Meitner", "lise@example.edu.au");
        var other = bed.AddHubSpotContact("L", "Meitner", "l.meitner@example.edu.au");
        if (flow != SyncFlow.ContactCreationWebhook)
        {
            await bed.DeliverAndProcessAsync();
        }

        await bed.SetFlowAsync(flow, false);
        var linksBefore = await bed.Links.ListRecordLinksAsync(MappedEntity.Contact);
        bed.Host.Sandbox.Axcelerate.Journal.Clear();
        switch (flow)
        {
            case SyncFlow.ContactUpdateWebhook:
                bed.Edit(id, "jobtitle", "Physicist");
                break;
            case SyncFlow.ContactDeletionWebhook:
                bed.Host.Sandbox.HubSpot.SimulateDelete(HubSpotObjectType.Contacts, id);
                break;
            case SyncFlow.ContactMergeWebhook:
                bed.Host.Sandbox.HubSpot.SimulateMerge(HubSpotObjectType.Contacts, id, other);
                break;
        }

        var done = await bed.DeliverAndProcessAsync();

        done.Should().NotBeEmpty().And.OnlyContain(e => e.Status == IncomingStatus.Skipped);
        done.Should().Contain(e => e.Error!.Contains(flow.ToString()));
        if (flow == SyncFlow.ContactMergeWebhook)
        {
            done.Should().OnlyContain(e => e.Error!.Contains(flow.ToString()), "the merge's deletion events follow the merge switch too");
        }
        bed.AxcelerateWrites().Should().Be(0);
        (await bed.Links.ListRecordLinksAsync(MappedEntity.Contact)).Items.Should().BeEquivalentTo(linksBefore.Items);
    }

    [Fact]
    public async Task Our_own_writes_are_skipped_as_echoes_while_another_apps_writes_are_applied()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var id = bed.AddHubSpotContact("Barbara", "McClintock", "barbara@example.edu.au");
        await bed.DeliverAndProcessAsync();
        var axId = (int)(await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, id))!.AxcelerateId;

        bed.Host.Sandbox.HubSpot.SimulateChange(HubSpotObjectType.Contacts, id, new Dictionary<string, string?> { ["jobtitle"] = "Geneticist" }, ChangeSource.Api);
        var echo = (await bed.DeliverAndProcessAsync()).Single();
        bed.Host.Sandbox.HubSpot.SimulateChange(
            HubSpotObjectType.Contacts, id, new Dictionary<string, string?> { ["city"] = "Cold Spring Harbor" }, ChangeSource.Api, bed.Host.Sandbox.HubSpot.Options.OtherAppId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var other = (await bed.DeliverAndProcessAsync()).Single();

        echo.Status.Should().Be(IncomingStatus.Skipped);
        echo.Error.Should().Contain("echo").And.Contain(WebhookTestBed.OurAppId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        other.Status.Should().Be(IncomingStatus.Succeeded);
        bed.Host.Sandbox.Axcelerate.GetContact(axId)!["CITY"].Should().Be("Cold Spring Harbor", "another app's write is a real change (and the record is re-read, so it carries every current value)");
    }
}
