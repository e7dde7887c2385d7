using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.Faults;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Tests.Import;

namespace Axcelerate.HubSpot.Tests.Push;

/// <summary>Pushing aXcelerate contacts to HubSpot over real HTTP against the strict sandbox.</summary>
public sealed class ContactPushTests
{
    [Fact]
    public async Task A_new_contact_is_created_in_HubSpot_by_upsert_on_email_and_linked()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        var contact = host.Sandbox.Axcelerate.AddContact("Ada", "Lovelace", "Ada@Example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Analyst", ["CITY"] = "Parramatta" });
        host.ClearJournals();

        var result = await host.Push().PushAsync(contact.Id);

        result.Outcome.Should().Be(ContactPushOutcome.Created, result.Reason);
        result.HubSpotId.Should().NotBeNullOrEmpty();
        var created = host.HubSpotContactsWithEmail("ada@example.edu.au").Should().ContainSingle().Subject;
        created.Id.Should().Be(result.HubSpotId);
        created.JobTitle.Should().Be("Analyst");
        created.City.Should().Be("Parramatta");
        host.HubSpotContactValue(created.Id, "firstname").Should().Be("Ada");
        host.HubSpotWrites().Should().ContainSingle().Which.Path.Should().EndWith("/contacts/batch/upsert", "new contacts are created by upsert on email, never by a plain create");
        var link = await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, contact.Id);
        link!.HubSpotId.Should().Be(created.Id);
        link.LastSyncedToHubSpot.Should().NotBeNull("the values pushed are stamped, so the next push of the same values sends nothing");
        host.AxcelerateWrites().Should().BeEmpty();
    }

    [Fact]
    public async Task A_changed_contact_sends_only_the_changed_value_and_pushing_it_again_sends_nothing()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        var (axId, hubSpotId) = await host.AddLinkedContactAsync(
            "grace@example.edu.au",
            new Dictionary<string, string?> { ["POSITION"] = "Rear Admiral", ["CITY"] = "Arlington" },
            new Dictionary<string, string?> { ["jobtitle"] = "Rear Admiral", ["city"] = "Arlington" });
        host.Sandbox.Axcelerate.UpdateContact(axId, new Dictionary<string, string?> { ["CITY"] = "Washington" });
        host.ClearJournals();

        var result = await host.Push().PushAsync(axId);

        result.Outcome.Should().Be(ContactPushOutcome.Updated, result.Reason);
        result.HubSpotId.Should().Be(hubSpotId);
        result.Changes.Should().Equal(new Dictionary<string, string> { ["city"] = "Washington" });
        var update = host.HubSpotBatchUpdates().Should().ContainSingle().Subject;
        FieldSyncSandbox.BatchInputs(update).Should().ContainSingle().Which.Value.Should().Equal(new Dictionary<string, string?> { ["city"] = "Washington" });
        host.HubSpotWrites().Should().ContainSingle("only the one batch update is written");
        host.HubSpotContactValue(hubSpotId, "city").Should().Be("Washington");
        host.HubSpotContactValue(hubSpotId, "jobtitle").Should().Be("Rear Admiral");

        host.ClearJournals();
        var again = await host.Push().PushAsync(axId);

        again.Outcome.Should().Be(ContactPushOutcome.Unchanged);
        again.Reason.Should().Contain("last pushed");
        host.Sandbox.HubSpot.Journal.Entries.Should().BeEmpty("values equal to the last push are recognised from the stamp, without even reading HubSpot");
    }

    [Fact]
    public async Task Values_HubSpot_already_holds_are_not_written()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        var (axId, hubSpotId) = await host.AddLinkedContactAsync(
            "alan@example.edu.au",
            new Dictionary<string, string?> { ["POSITION"] = "Cryptanalyst", ["CITY"] = "Wilmslow", ["MOBILEPHONE"] = "0412 345 678" },
            new Dictionary<string, string?> { ["jobtitle"] = "Cryptanalyst", ["city"] = "Wilmslow", ["mobilephone"] = "0412345678" });
        host.ClearJournals();

        var result = await host.Push().PushAsync(axId);

        result.Outcome.Should().Be(ContactPushOutcome.Unchanged, string.Join(", ", result.Changes.Select(c => c.Key + "=" + c.Value)));
        result.HubSpotId.Should().Be(hubSpotId);
        host.HubSpotWrites().Should().BeEmpty("HubSpot holds every mapped value already (the phone only formatted differently)");
        host.HubSpotRequests("/contacts/batch/read").Should().ContainSingle();
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, axId))!.LastSyncedToHubSpot.Should().NotBeNull();
    }

    [Fact]
    public async Task Many_contacts_are_read_and_written_in_batches_and_a_failed_contact_does_not_stop_the_others()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        var linked = new List<(int AxcelerateId, string HubSpotId)>();
        for (var i = 1; i <= 104; i++)
        {
            linked.Add(await host.AddLinkedContactAsync($"person{i}@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = $"Trainer {i}" }));
        }

        var badState = await host.AddLinkedContactAsync("narnia@example.edu.au", new Dictionary<string, string?> { ["STATE"] = "Narnia" });
        var fresh = Enumerable.Range(1, 3).Select(i => host.Sandbox.Axcelerate.AddContact($"New{i}", "Person", $"new{i}@example.edu.au").Id).ToList();
        var noEmail = host.Sandbox.Axcelerate.AddContact("No", "Email", null).Id;
        var ids = linked.Select(l => (long)l.AxcelerateId).Append(badState.AxcelerateId).Concat(fresh.Select(i => (long)i)).Append(noEmail).Append(987654L).ToList();
        host.ClearJournals();

        var report = await host.Push().PushManyAsync(ids);

        report.Records.Select(r => r.AxcelerateId).Should().Equal(ids, "one result per contact, in the order asked");
        report.Updated.Should().Be(104);
        report.Created.Should().Be(3);
        report.Skipped.Should().Be(1);
        report.Failed.Should().Be(2);
        report.Records.Single(r => r.AxcelerateId == badState.AxcelerateId).Reason.Should().Contain("Narnia");
        report.Records.Single(r => r.AxcelerateId == noEmail).Reason.Should().Contain("no email");
        report.Records.Single(r => r.AxcelerateId == 987654).Reason.Should().Contain("no contact 987654");
        host.HubSpotBatchUpdates().Should().HaveCount(2, "updates go 100 to a request");
        host.HubSpotRequests("/contacts/batch/upsert").Should().ContainSingle();
        host.HubSpotWrites().Should().HaveCount(3);
        host.Sandbox.Axcelerate.Journal.Entries.Should().HaveCount(2, "aXcelerate is read 100 contacts to a request");
        foreach (var (axcelerateId, hubSpotId) in linked)
        {
            host.HubSpotContactValue(hubSpotId, "jobtitle").Should().Be($"Trainer {linked.IndexOf((axcelerateId, hubSpotId)) + 1}", "each update went to its own record (paired by id, not by position)");
        }
    }

    [Fact]
    public async Task A_batch_upsert_retried_after_a_timeout_creates_one_contact()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.HubSpot.RequestTimeout = TimeSpan.FromSeconds(1));
        await host.EnablePushAsync();
        var contact = host.Sandbox.Axcelerate.AddContact("Katherine", "Johnson", "katherine@example.edu.au");
        host.Sandbox.HubSpot.Faults.FailNext(1, SandboxFault.Timeout, "/batch/upsert");
        host.ClearJournals();

        var result = await host.Push().PushAsync(contact.Id);

        result.Outcome.Should().Be(ContactPushOutcome.Created, result.Reason);
        host.HubSpotRequests("/contacts/batch/upsert").Should().HaveCount(2, "the upsert timed out once and was sent again");
        host.HubSpotContactsWithEmail("katherine@example.edu.au").Should().ContainSingle().Which.Id.Should().Be(result.HubSpotId);
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_is_found_by_email_when_pushed_again_not_duplicated()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        var contact = host.Sandbox.Axcelerate.AddContact("Dorothy", "Vaughan", "dorothy@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Mathematician" });
        var first = await host.Push().PushAsync(contact.Id);
        // As if the process had stopped after HubSpot created the contact but before the link was kept.
        await host.Links().UnlinkAsync(MappedEntity.Contact, contact.Id);
        host.ClearJournals();

        var again = await host.Push().PushAsync(contact.Id);

        again.Outcome.Should().Be(ContactPushOutcome.Linked, again.Reason);
        again.HubSpotId.Should().Be(first.HubSpotId);
        host.HubSpotContactsWithEmail("dorothy@example.edu.au").Should().ContainSingle();
        host.HubSpotWrites().Should().BeEmpty("HubSpot already holds every value");
    }

    [Fact]
    public async Task Values_the_integration_just_wrote_into_aXcelerate_are_not_pushed_back()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        var hubSpotId = host.AddHubSpotContact("Mary", "Jackson", "mary@example.edu.au", new Dictionary<string, string?> { ["jobtitle"] = "Engineer", ["city"] = "Hampton", ["mobilephone"] = "0412 345 678" });
        var imported = await host.Import().ImportPageAsync(new ImportRequest(MappedEntity.Contact));
        var axId = imported.Records.Should().ContainSingle().Subject.AxcelerateId!.Value;
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, axId))!.LastSyncedToAxcelerate.Should().NotBeNull("the import stamps what it wrote");
        // HubSpot moves on before the poller or a host sees the aXcelerate contact the import just wrote.
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, hubSpotId, new Dictionary<string, string?> { ["city"] = "Langley" });
        host.ClearJournals();

        var echo = await host.Push().PushAsync(axId);

        echo.Outcome.Should().Be(ContactPushOutcome.Unchanged);
        echo.Reason.Should().Contain("echo");
        host.Sandbox.HubSpot.Journal.Entries.Should().BeEmpty("values the integration wrote into aXcelerate are not an aXcelerate change");
        host.HubSpotContactValue(hubSpotId, "city").Should().Be("Langley");

        // A real aXcelerate change afterwards is pushed.
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        host.Sandbox.Axcelerate.UpdateContact((int)axId, new Dictionary<string, string?> { ["POSITION"] = "Aerospace Engineer" });
        var change = await host.Push().PushAsync(axId);

        change.Outcome.Should().Be(ContactPushOutcome.Updated, change.Reason);
        change.Changes.Should().ContainKey("jobtitle");
        host.HubSpotContactValue(hubSpotId, "jobtitle").Should().Be("Aerospace Engineer");
        host.AxcelerateWrites().Should().BeEmpty("the push never writes aXcelerate");
    }

    [Fact]
    public async Task Switched_off_flows_and_deactivated_fields_are_obeyed()
    {
        await using var host = await SandboxHost.StartAsync();
        var (axId, hubSpotId) = await host.AddLinkedContactAsync("hedy@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Inventor", ["CITY"] = "Vienna" });
        var fresh = host.Sandbox.Axcelerate.AddContact("Joan", "Clarke", "joan@example.edu.au").Id;
        host.ClearJournals();

        var off = await host.Push().PushManyAsync([axId, fresh]);

        off.Skipped.Should().Be(2);
        off.Records[0].Reason.Should().Contain("PushContactOnUpdate");
        off.Records[1].Reason.Should().Contain("PushContactOnCreate");
        host.Sandbox.HubSpot.Journal.Entries.Should().BeEmpty();

        await host.Get<ISyncSettingsService>().SetAsync(SyncFlow.PushContactOnUpdate, true);
        var mappings = host.Get<IFieldMappingService>();
        var city = (await mappings.ListAsync(MappedEntity.Contact)).Single(m => m.HubSpotProperty == "city");
        await mappings.UpdateAsync(city with { IsActive = false });

        var on = await host.Push().PushManyAsync([axId, fresh]);

        on.Records[0].Outcome.Should().Be(ContactPushOutcome.Updated, on.Records[0].Reason);
        on.Records[0].Changes.Should().ContainKey("jobtitle").And.NotContainKey("city", "a deactivated field is never pushed");
        on.Records[1].Outcome.Should().Be(ContactPushOutcome.Skipped, "creating is still off");
        host.HubSpotContactValue(hubSpotId, "city").Should().BeNull();
        host.HubSpotContactsWithEmail("joan@example.edu.au").Should().BeEmpty();
    }
}
