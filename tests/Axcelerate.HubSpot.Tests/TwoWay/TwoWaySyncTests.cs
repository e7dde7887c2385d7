using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Tests.Webhooks;
using Axcelerate.HubSpot.Webhooks;

namespace Axcelerate.HubSpot.Tests.TwoWay;

/// <summary>
/// Both directions together over real HTTP against the strict sandbox: the webhook processor (HubSpot → aXcelerate)
/// and the contact push (aXcelerate → HubSpot), with every write counted in the sandboxes' request journals. A change
/// crosses once and does not come back. Tie rule (ContactPushService.Changes, MappingPlan.Reconcile): a two-way field
/// changed on both sides goes to the later change; aXcelerate's LASTUPDATED is known to the minute and taken as the end
/// of that minute, HubSpot's record time counts only when it is after the last push, and a tie goes to aXcelerate.
/// </summary>
public sealed class TwoWaySyncTests
{
    [Fact]
    public async Task A_HubSpot_edit_costs_one_aXcelerate_write_and_pushing_the_contact_afterwards_writes_nothing_to_HubSpot()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var (hubSpotId, axId) = await LinkedContactAsync(bed, "grace@example.edu.au");
        bed.Clock.Advance(TimeSpan.FromMinutes(3));
        ClearJournals(bed);

        bed.Edit(hubSpotId, "jobtitle", "Rear Admiral");
        var applied = await bed.DeliverAndProcessAsync();

        applied.Should().ContainSingle().Which.Status.Should().Be(IncomingStatus.Succeeded);
        bed.AxcelerateWrites().Should().Be(1, "one user edit in HubSpot is one aXcelerate update");
        bed.Host.Sandbox.Axcelerate.GetContact((int)axId)!["POSITION"].Should().Be("Rear Admiral");

        // The poller (or a host) now sees the contact changed in aXcelerate — by the integration itself.
        bed.Clock.Advance(TimeSpan.FromMinutes(3));
        ClearJournals(bed);
        var pushed = await bed.Host.Get<IContactPushService>().PushAsync(axId);

        pushed.Outcome.Should().Be(ContactPushOutcome.Unchanged, pushed.Reason);
        HubSpotWrites(bed).Should().BeEmpty("what the integration wrote into aXcelerate is not sent back to HubSpot");
        (await bed.DeliverAndProcessAsync()).Should().BeEmpty("nothing was written, so HubSpot has nothing to announce");
        bed.AxcelerateWrites().Should().Be(0);
    }

    [Fact]
    public async Task An_aXcelerate_edit_costs_one_HubSpot_write_and_its_webhook_is_skipped_as_an_echo_without_an_aXcelerate_write()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var (hubSpotId, axId) = await LinkedContactAsync(bed, "katherine@example.edu.au");
        bed.Clock.Advance(TimeSpan.FromMinutes(3));
        ClearJournals(bed);

        bed.Host.Sandbox.Axcelerate.UpdateContact((int)axId, new Dictionary<string, string?> { ["POSITION"] = "Mathematician" });
        ClearJournals(bed); // the seeding edit above is the user's, not the integration's
        bed.Clock.Advance(TimeSpan.FromMinutes(2));
        var pushed = await bed.Host.Get<IContactPushService>().PushAsync(axId);

        pushed.Outcome.Should().Be(ContactPushOutcome.Updated, pushed.Reason);
        pushed.Changes.Should().Equal(new Dictionary<string, string> { ["jobtitle"] = "Mathematician" });
        HubSpotWrites(bed).Should().ContainSingle("one aXcelerate edit is one HubSpot batch update")
            .Which.Path.Should().EndWith("/batch/update");
        bed.Host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, hubSpotId)!["jobtitle"].Should().Be("Mathematician");

        var echoes = await bed.DeliverAndProcessAsync();

        echoes.Should().NotBeEmpty("HubSpot announces the integration's write like any other");
        echoes.Should().OnlyContain(e => e.Status == IncomingStatus.Skipped && e.Error!.Contains("echo"));
        bed.AxcelerateWrites().Should().Be(0, "an echo of our own write is not applied back to aXcelerate");

        // And the loop is closed: the next push has nothing to send either.
        ClearJournals(bed);
        (await bed.Host.Get<IContactPushService>().PushAsync(axId)).Outcome.Should().Be(ContactPushOutcome.Unchanged);
        HubSpotWrites(bed).Should().BeEmpty();
    }

    [Fact]
    public async Task Edits_on_both_sides_between_two_syncs_end_per_field_with_the_later_change_of_a_two_way_field()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var (hubSpotId, axId) = await LinkedContactAsync(bed, "dorothy@example.edu.au");
        bed.Clock.Advance(TimeSpan.FromMinutes(3));

        // aXcelerate changes the city and the job title; five minutes later a HubSpot user changes the job title too.
        bed.Host.Sandbox.Axcelerate.UpdateContact((int)axId, new Dictionary<string, string?> { ["CITY"] = "Hampton", ["POSITION"] = "Supervisor" });
        bed.Clock.Advance(TimeSpan.FromMinutes(5));
        bed.Edit(hubSpotId, "jobtitle", "Head of Computing");
        bed.Clock.Advance(TimeSpan.FromMinutes(1));
        ClearJournals(bed);

        // The next sync: the webhook pass, then the poller's push.
        var applied = await bed.DeliverAndProcessAsync();
        var pushed = await bed.Host.Get<IContactPushService>().PushAsync(axId);
        var echoes = await bed.DeliverAndProcessAsync();

        applied.Should().ContainSingle().Which.Result.Should().Be($"updated aXcelerate contact {axId}: position", "the city HubSpot did not change keeps aXcelerate's newer value");
        pushed.Outcome.Should().Be(ContactPushOutcome.Updated, pushed.Reason);
        pushed.Changes.Should().Equal(new Dictionary<string, string> { ["city"] = "Hampton" }, "the job titles agree already");
        var ax = bed.Host.Sandbox.Axcelerate.GetContact((int)axId)!;
        var hs = bed.Host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, hubSpotId)!;
        echoes.Should().OnlyContain(e => e.Status == IncomingStatus.Skipped);
        ax["POSITION"].Should().Be("Head of Computing", "HubSpot's job title change is the later one");
        hs["jobtitle"].Should().Be("Head of Computing");
        ax["CITY"].Should().Be("Hampton", "only aXcelerate changed the city");
        hs["city"].Should().Be("Hampton", "only aXcelerate changed the city, so the push carries it");
    }

    [Fact]
    public async Task A_later_aXcelerate_edit_of_a_two_way_field_is_not_overwritten_by_an_earlier_HubSpot_edit_processed_first()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var (hubSpotId, axId) = await LinkedContactAsync(bed, "grace@example.edu.au");
        bed.Clock.Advance(TimeSpan.FromMinutes(3));

        // A HubSpot user changes the job title; five minutes later an aXcelerate user changes it too.
        bed.Edit(hubSpotId, "jobtitle", "Head of Computing");
        bed.Clock.Advance(TimeSpan.FromMinutes(5));
        bed.Host.Sandbox.Axcelerate.UpdateContact((int)axId, new Dictionary<string, string?> { ["POSITION"] = "Rear Admiral" });
        bed.Clock.Advance(TimeSpan.FromMinutes(1));

        // The webhook pass runs first, then the push.
        var applied = await bed.DeliverAndProcessAsync();
        var pushed = await bed.Host.Get<IContactPushService>().PushAsync(axId);
        await bed.DeliverAndProcessAsync();

        applied.Should().ContainSingle().Which.Status.Should().Be(IncomingStatus.Succeeded);
        bed.Host.Sandbox.Axcelerate.GetContact((int)axId)!["POSITION"].Should().Be("Rear Admiral", "aXcelerate's change is the later one");
        pushed.Changes.Should().ContainKey("jobtitle").WhoseValue.Should().Be("Rear Admiral");
        bed.Host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, hubSpotId)!["jobtitle"].Should().Be("Rear Admiral", "both sides end with the later change");
    }

    [Fact]
    public async Task An_aXcelerate_edit_not_pushed_yet_survives_a_later_HubSpot_edit_of_another_field_when_the_last_sync_was_a_pull()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var (hubSpotId, axId) = await LinkedContactAsync(bed, "ada@example.edu.au");
        bed.Clock.Advance(TimeSpan.FromMinutes(3));

        // A HubSpot edit is pulled into aXcelerate, and no push follows it (no poll, no aXcelerate webhook).
        bed.Edit(hubSpotId, "jobtitle", "Head of Computing");
        (await bed.DeliverAndProcessAsync()).Should().ContainSingle().Which.Status.Should().Be(IncomingStatus.Succeeded);
        bed.Clock.Advance(TimeSpan.FromMinutes(3));

        // An aXcelerate user then changes the city; five minutes later a HubSpot user changes the first name.
        bed.Host.Sandbox.Axcelerate.UpdateContact((int)axId, new Dictionary<string, string?> { ["CITY"] = "Hampton" });
        bed.Clock.Advance(TimeSpan.FromMinutes(5));
        bed.Edit(hubSpotId, "firstname", "Augusta");
        bed.Clock.Advance(TimeSpan.FromMinutes(1));

        var applied = await bed.DeliverAndProcessAsync();
        var pushed = await bed.Host.Get<IContactPushService>().PushAsync(axId);

        applied.Should().ContainSingle().Which.Status.Should().Be(IncomingStatus.Succeeded);
        var ax = bed.Host.Sandbox.Axcelerate.GetContact((int)axId)!;
        ax["GIVENNAME"].Should().Be("Augusta", "HubSpot changed the first name");
        ax["CITY"].Should().Be("Hampton", "HubSpot did not change the city since both sides last agreed, so aXcelerate's edit stands");
        pushed.Changes.Should().Equal(new Dictionary<string, string> { ["city"] = "Hampton" }, "only aXcelerate's city is new to HubSpot");
        bed.Host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, hubSpotId)!["city"].Should().Be("Hampton");
    }

    [Fact]
    public async Task An_aXcelerate_edit_of_a_contact_the_pull_created_survives_a_later_HubSpot_edit_of_another_field()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var hubSpotId = bed.AddHubSpotContact("Test", "Person", "mary@example.edu.au", new Dictionary<string, string?> { ["jobtitle"] = "Engineer", ["city"] = "Brisbane" });
        (await bed.DeliverAndProcessAsync()).Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        var axId = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, hubSpotId))!.AxcelerateId;
        bed.Clock.Advance(TimeSpan.FromMinutes(3));

        // No push ran since the pull created the contact. An aXcelerate user changes the city, later a HubSpot user the job title.
        bed.Host.Sandbox.Axcelerate.UpdateContact((int)axId, new Dictionary<string, string?> { ["CITY"] = "Hampton" });
        bed.Clock.Advance(TimeSpan.FromMinutes(5));
        bed.Edit(hubSpotId, "jobtitle", "Head of Computing");
        bed.Clock.Advance(TimeSpan.FromMinutes(1));

        (await bed.DeliverAndProcessAsync()).Should().ContainSingle().Which.Status.Should().Be(IncomingStatus.Succeeded);

        var ax = bed.Host.Sandbox.Axcelerate.GetContact((int)axId)!;
        ax["POSITION"].Should().Be("Head of Computing");
        ax["CITY"].Should().Be("Hampton", "HubSpot's city is still the one the contact was created with, so aXcelerate's edit stands");
    }

    private static async Task<(string HubSpotId, long AxcelerateId)> LinkedContactAsync(WebhookTestBed bed, string email)
    {
        var hubSpotId = bed.AddHubSpotContact("Test", "Person", email, new Dictionary<string, string?> { ["jobtitle"] = "Engineer", ["city"] = "Brisbane" });
        (await bed.DeliverAndProcessAsync()).Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        var link = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, hubSpotId))!;

        // The first push after linking stamps what both sides hold and writes nothing.
        var first = await bed.Host.Get<IContactPushService>().PushAsync(link.AxcelerateId);
        first.Outcome.Should().Be(ContactPushOutcome.Unchanged, first.Reason);
        (await bed.DeliverAndProcessAsync()).Should().BeEmpty();
        return (hubSpotId, link.AxcelerateId);
    }

    private static void ClearJournals(WebhookTestBed bed)
    {
        bed.Host.Sandbox.HubSpot.Journal.Clear();
        bed.Host.Sandbox.Axcelerate.Journal.Clear();
    }

    // HubSpot requests that change CRM data (batch reads and searches are POSTs that change nothing).
    private static List<Testing.Journal.JournalEntry> HubSpotWrites(WebhookTestBed bed) =>
        bed.Host.Sandbox.HubSpot.Journal.Entries
            .Where(e => e.Path.StartsWith("/crm/", StringComparison.Ordinal) && e.Method != "GET")
            .Where(e => !e.Path.EndsWith("/batch/read", StringComparison.Ordinal) && !e.Path.EndsWith("/search", StringComparison.Ordinal))
            .ToList();
}
