using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Tests.Import;

namespace Axcelerate.HubSpot.Tests.Push;

/// <summary>
/// The push looks an unlinked contact's email up in HubSpot before it creates anything. The create is an upsert on email,
/// so it alone would not duplicate a contact; but HubSpot's upsert overwrites whatever contact holds the email
/// (HubSpot answers it with <c>new: false</c>), so only the lookup can tell that contact is someone else's, and only the
/// lookup lets equal values go unwritten. These tests watch that lookup's own effect.
/// </summary>
public sealed class ContactPushEmailLookupTests
{
    [Fact]
    public async Task A_contact_whose_email_belongs_to_another_linked_HubSpot_contact_is_refused_and_that_contact_is_not_overwritten()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        // aXcelerate allows two contacts with one email; the first is linked to HubSpot's contact with it.
        var (firstId, hubSpotId) = await host.AddLinkedContactAsync(
            "shared@example.edu.au",
            new Dictionary<string, string?> { ["POSITION"] = "Registrar", ["CITY"] = "Hobart" },
            new Dictionary<string, string?> { ["jobtitle"] = "Registrar", ["city"] = "Hobart" });
        var second = host.Sandbox.Axcelerate.AddContact("Other", "Person", "shared@example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Student", ["CITY"] = "Darwin" });
        host.ClearJournals();

        var result = await host.Push().PushAsync(second.Id);

        result.Outcome.Should().Be(ContactPushOutcome.Failed);
        result.Reason.Should().Contain($"already linked to aXcelerate contact {firstId}");
        host.HubSpotRequests("/contacts/batch/read").Should().ContainSingle("the email is looked up before anything is written");
        host.HubSpotWrites().Should().BeEmpty("the HubSpot contact with this email belongs to another aXcelerate contact");
        host.HubSpotContactValue(hubSpotId, "jobtitle").Should().Be("Registrar");
        host.HubSpotContactValue(hubSpotId, "city").Should().Be("Hobart");
        host.HubSpotContactValue(hubSpotId, "firstname").Should().Be("Given");
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, second.Id)).Should().BeNull();
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, firstId))!.HubSpotId.Should().Be(hubSpotId);
    }

    [Fact]
    public async Task A_contact_HubSpot_already_has_by_email_is_linked_with_a_lookup_and_no_write()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.EnablePushAsync();
        var hubSpotId = host.AddHubSpotContact("Mary", "Jackson", "mary@example.edu.au", new Dictionary<string, string?> { ["jobtitle"] = "Engineer", ["city"] = "Hampton" });
        var contact = host.Sandbox.Axcelerate.AddContact("Mary", "Jackson", "Mary@Example.edu.au", new Dictionary<string, string?> { ["POSITION"] = "Engineer", ["CITY"] = "Hampton" });
        host.ClearJournals();

        var result = await host.Push().PushAsync(contact.Id);

        result.Outcome.Should().Be(ContactPushOutcome.Linked, result.Reason);
        result.HubSpotId.Should().Be(hubSpotId);
        host.HubSpotRequests("/contacts/batch/read").Should().ContainSingle();
        host.HubSpotWrites().Should().BeEmpty("HubSpot's contact with this email holds every value already: no upsert is sent");
        host.HubSpotContactsWithEmail("mary@example.edu.au").Should().ContainSingle();
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Contact, contact.Id))!.HubSpotId.Should().Be(hubSpotId);
    }
}
