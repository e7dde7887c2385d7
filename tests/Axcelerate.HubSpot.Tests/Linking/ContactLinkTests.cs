using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Linking;

/// <summary>Linking and exporting aXcelerate contacts over real HTTP against the strict sandbox.</summary>
public sealed class ContactLinkTests
{
    [Fact]
    public async Task An_unlinked_contact_is_found_in_HubSpot_by_its_email_linked_and_shows_its_HubSpot_profile()
    {
        await using var host = await SandboxHost.StartAsync();
        var contact = host.AddAxcelerateContact("Ada", "Lovelace", "Ada.Lovelace@example.edu.au");
        var hubSpot = host.AddHubSpotContact("Ada", "Lovelace", "ada.lovelace@example.edu.au");
        host.AddHubSpotContact("Other", "Person", "other@example.edu.au");
        host.LetSearchCatchUp();

        var before = await host.ContactLinks().GetProfileAsync(contact);
        var found = await host.ContactLinks().GetCandidatesAsync(contact);
        var linked = await host.ContactLinks().LinkAsync(contact, hubSpot);
        var profile = await host.ContactLinks().GetProfileAsync(contact);

        before.State.Should().Be(HubSpotProfileState.Unlinked);
        before.HubSpotId.Should().BeNull();
        found.SearchedFor.Should().Be("ada.lovelace@example.edu.au");
        var candidate = found.Candidates.Should().ContainSingle().Subject;
        candidate.HubSpotId.Should().Be(hubSpot);
        candidate.IsLinked.Should().BeFalse();
        candidate.DisplayName.Should().Be("Ada Lovelace <ada.lovelace@example.edu.au>");
        linked.Outcome.Should().Be(LinkOutcome.Linked);
        linked.Address.Should().Be(new Uri(LinkingSandbox.RecordAddressPrefix + "0-1/" + hubSpot));
        profile.State.Should().Be(HubSpotProfileState.Linked);
        profile.HubSpotId.Should().Be(hubSpot);
        profile.Address.Should().Be(new Uri(LinkingSandbox.RecordAddressPrefix + "0-1/" + hubSpot));
        profile.Properties.Should().Contain("firstname", "Ada").And.Contain("email", "ada.lovelace@example.edu.au").And.ContainKey("jobtitle");
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, contact))!.HubSpotId.Should().Be(hubSpot);
    }

    [Fact]
    public async Task Without_a_configured_portal_id_the_account_details_are_read_from_HubSpot_once_for_every_address()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.HubSpot.PortalId = null);
        var (first, _) = await host.LinkedContactAsync("one@example.edu.au");
        var (second, _) = await host.LinkedContactAsync("two@example.edu.au");

        await host.ContactLinks().GetProfileAsync(first);
        await host.ContactLinks().GetProfileAsync(second);

        host.Sandbox.HubSpot.Journal.Entries.Count(e => e.Path.Contains("/account-info/", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task A_configured_portal_id_and_web_app_build_the_address_without_asking_HubSpot()
    {
        await using var host = await SandboxHost.StartAsync(integration: o =>
        {
            o.HubSpot.PortalId = 777;
            o.HubSpot.UiBaseUrl = new Uri("https://app-eu1.hubspot.com/");
        });
        var (contact, hubSpotId) = await host.LinkedContactAsync("eu@example.edu.au");

        var profile = await host.ContactLinks().GetProfileAsync(contact);

        profile.Address!.AbsoluteUri.Should().Be($"https://app-eu1.hubspot.com/contacts/777/record/0-1/{hubSpotId}");
        host.Sandbox.HubSpot.Journal.Entries.Should().NotContain(e => e.Path.Contains("/account-info/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_contact_without_an_email_is_searched_by_a_typed_one_and_a_typed_non_address_is_refused()
    {
        await using var host = await SandboxHost.StartAsync();
        var contact = host.AddAxcelerateContact("No", "Email", null);
        var hubSpot = host.AddHubSpotContact("No", "Email", "typed@example.edu.au");
        host.LetSearchCatchUp();

        var own = await host.ContactLinks().GetCandidatesAsync(contact);
        var typed = await host.ContactLinks().GetCandidatesAsync(contact, "Typed@Example.edu.au");
        var bad = await host.ContactLinks().GetCandidatesAsync(contact, "not an address");

        own.Searched.Should().BeFalse();
        own.Refusal.Should().Contain($"contact {contact} has no email address");
        typed.Candidates.Should().ContainSingle().Which.HubSpotId.Should().Be(hubSpot);
        bad.Refusal.Should().Contain("'not an address' is not an email address");
    }

    [Fact]
    public async Task Export_creates_the_HubSpot_contact_from_the_mapped_fields_links_it_and_a_second_export_is_refused()
    {
        await using var host = await SandboxHost.StartAsync();
        var contact = host.Sandbox.Axcelerate.AddContact("Grace", "Hopper", "grace@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Rear Admiral", ["STATE"] = "NSW" }).Id;

        var result = await host.ContactLinks().ExportAsync(contact);
        var again = await host.ContactLinks().ExportAsync(contact);

        result.Outcome.Should().Be(LinkOutcome.Exported, result.Reason);
        var created = host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, result.HubSpotId!)!;
        created.Properties.Should().Contain("firstname", "Grace").And.Contain("lastname", "Hopper")
            .And.Contain("email", "grace@example.edu.au").And.Contain("jobtitle", "Rear Admiral");
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, contact))!.HubSpotId.Should().Be(result.HubSpotId);
        again.Outcome.Should().Be(LinkOutcome.Refused);
        again.Refusal.Should().Be(LinkRefusal.AlreadyLinked);
        again.Reason.Should().Contain($"contact {contact}").And.Contain(result.HubSpotId);
        host.Sandbox.HubSpot.Contacts.Should().ContainSingle();
    }

    [Fact]
    public async Task Export_right_after_a_HubSpot_create_that_search_cannot_see_yet_links_to_the_existing_contact_instead_of_failing_or_duplicating()
    {
        await using var host = await SandboxHost.StartAsync();
        var contact = host.AddAxcelerateContact("Lagging", "Search", "lag@example.edu.au");
        var existing = host.AddHubSpotContact("Lagging", "Search", "lag@example.edu.au"); // created a moment ago: not searchable yet

        var search = await host.ContactLinks().GetCandidatesAsync(contact);
        var result = await host.ContactLinks().ExportAsync(contact);

        search.Candidates.Should().BeEmpty("HubSpot's search lags behind its writes");
        result.Outcome.Should().Be(LinkOutcome.LinkedToExisting);
        result.Succeeded.Should().BeTrue();
        result.HubSpotId.Should().Be(existing);
        result.Reason.Should().Contain($"HubSpot already has contact {existing}").And.Contain("instead of creating a duplicate");
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, contact))!.HubSpotId.Should().Be(existing);
        host.Sandbox.HubSpot.Contacts.Where(c => c.Properties.GetValueOrDefault("email") == "lag@example.edu.au").Should().ContainSingle();
    }

    [Fact]
    public async Task Linking_a_record_already_linked_elsewhere_is_refused_naming_both_ids()
    {
        await using var host = await SandboxHost.StartAsync();
        var (first, hubSpot) = await host.LinkedContactAsync("taken@example.edu.au");
        var second = host.AddAxcelerateContact("Second", "Contact", "second@example.edu.au");
        var otherHubSpot = host.AddHubSpotContact("Other", "Contact", "other@example.edu.au");

        var theirs = await host.ContactLinks().LinkAsync(second, hubSpot);
        var mine = await host.ContactLinks().LinkAsync(first, otherHubSpot);
        var same = await host.ContactLinks().LinkAsync(first, hubSpot);

        theirs.Outcome.Should().Be(LinkOutcome.Refused);
        theirs.Refusal.Should().Be(LinkRefusal.HubSpotRecordLinkedElsewhere);
        theirs.ConflictingAxcelerateId.Should().Be(first);
        theirs.Reason.Should().Contain($"HubSpot contact {hubSpot} is already linked to aXcelerate contact {first}").And.Contain($"contact {second}");
        mine.Refusal.Should().Be(LinkRefusal.AlreadyLinked);
        mine.ConflictingHubSpotId.Should().Be(hubSpot);
        mine.Reason.Should().Contain($"aXcelerate contact {first} is already linked to HubSpot contact {hubSpot}").And.Contain(otherHubSpot);
        same.Outcome.Should().Be(LinkOutcome.Linked, "linking the same pair again is harmless");
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, second)).Should().BeNull();
    }

    [Fact]
    public async Task Links_to_records_that_do_not_exist_are_refused()
    {
        await using var host = await SandboxHost.StartAsync();
        var contact = host.AddAxcelerateContact("Real", "Contact", "real@example.edu.au");
        var hubSpot = host.AddHubSpotContact("Real", "Contact", "real@example.edu.au");

        var noHubSpot = await host.ContactLinks().LinkAsync(contact, "999999");
        var noAxcelerate = await host.ContactLinks().LinkAsync(987654, hubSpot);

        noHubSpot.Refusal.Should().Be(LinkRefusal.HubSpotRecordNotFound);
        noHubSpot.Reason.Should().Contain("HubSpot has no contact 999999");
        noAxcelerate.Refusal.Should().Be(LinkRefusal.AxcelerateRecordNotFound);
        noAxcelerate.Reason.Should().Contain("aXcelerate has no contact 987654");
    }

    [Fact]
    public async Task Unlink_removes_the_link_and_leaves_both_records()
    {
        await using var host = await SandboxHost.StartAsync();
        var (contact, hubSpot) = await host.LinkedContactAsync("unlink@example.edu.au");

        var removed = await host.ContactLinks().UnlinkAsync(contact);
        var again = await host.ContactLinks().UnlinkAsync(contact);
        var profile = await host.ContactLinks().GetProfileAsync(contact);

        removed.Should().BeTrue();
        again.Should().BeFalse();
        profile.State.Should().Be(HubSpotProfileState.Unlinked);
        host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, hubSpot)!.Archived.Should().BeFalse();
        host.Sandbox.Axcelerate.GetContact((int)contact).Should().NotBeNull();
    }

    [Fact]
    public async Task Link_and_unlink_keep_the_axcelerate_id_property_in_step_when_the_import_created_it()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.HubSpot.Properties.CreateAsync("contacts", new HubSpotPropertyCreate
        {
            Name = "axcelerate_id", Label = "aXcelerate ID", Type = "number", FieldType = "number", GroupName = "contactinformation", HasUniqueValue = true,
        });
        var contact = host.AddAxcelerateContact("Id", "Carrier", "carrier@example.edu.au");
        var hubSpot = host.AddHubSpotContact("Id", "Carrier", "carrier@example.edu.au");
        var other = host.AddHubSpotContact("Other", "Carrier", "other.carrier@example.edu.au");

        await host.ContactLinks().LinkAsync(contact, hubSpot);
        var afterLink = host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, hubSpot)!["axcelerate_id"];
        await host.ContactLinks().UnlinkAsync(contact);
        var afterUnlink = host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, hubSpot)!["axcelerate_id"];
        var relinked = await host.ContactLinks().LinkAsync(contact, other);

        afterLink.Should().Be(contact.ToString(System.Globalization.CultureInfo.InvariantCulture));
        afterUnlink.Should().BeNullOrEmpty();
        relinked.Outcome.Should().Be(LinkOutcome.Linked);
        host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, other)!["axcelerate_id"].Should().Be(afterLink, "the unique value was freed by the unlink");
    }

    [Fact]
    public async Task A_profile_whose_HubSpot_record_was_deleted_says_so()
    {
        await using var host = await SandboxHost.StartAsync();
        var (contact, hubSpot) = await host.LinkedContactAsync("deleted@example.edu.au");
        host.Sandbox.HubSpot.SimulateDelete(HubSpotObjectType.Contacts, hubSpot);

        var profile = await host.ContactLinks().GetProfileAsync(contact);

        profile.State.Should().Be(HubSpotProfileState.LinkedRecordMissing);
        profile.IsLinked.Should().BeTrue();
        profile.Properties.Should().BeEmpty();
    }
}
