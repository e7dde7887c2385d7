using System.Globalization;
using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Owners;
using Axcelerate.HubSpot.Users;

namespace Axcelerate.HubSpot.Tests.Linking;

/// <summary>"Add deal" from linked contacts and organisations over real HTTP against the strict sandbox.</summary>
public sealed class DealsFromRecordsTests
{
    private static async Task<SandboxHost> StartAsync()
    {
        var host = await SandboxHost.StartAsync();
        await host.MapStagesAsync();
        return host;
    }

    [Fact]
    public async Task A_linked_contacts_deals_are_listed_marked_linked_or_not_and_add_deal_creates_and_links_the_opportunity()
    {
        await using var host = await StartAsync();
        host.Sandbox.HubSpot.AddOwner(new SandboxHubSpotOwner("7001", 9001, "olive@example.edu.au", "Olive", "Owner"));
        var user = long.Parse(host.Sandbox.Axcelerate.AddUser("Olive", "Owner", "olive@example.edu.au")["CONTACTID"]!, CultureInfo.InvariantCulture);
        await host.Get<IUserLinkService>().SetLinkAsync("7001", user);
        var (contact, hubSpotContact) = await host.LinkedContactAsync("learner@example.edu.au");
        var open = host.AddHubSpotDeal("Cert III in Fitness", amount: "1800", ownerId: "7001");
        var linkedAlready = host.AddHubSpotDeal("Already linked");
        foreach (var deal in new[] { open, linkedAlready })
        {
            host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, deal, HubSpotObjectType.Contacts, hubSpotContact);
        }

        var existingTask = host.AddOpportunity("Already linked", contact);
        await host.Links().LinkAsync(MappedEntity.Opportunity, existingTask, linkedAlready);

        var before = await host.ContactLinks().GetDealsAsync(contact);
        var added = await host.ContactLinks().AddDealAsync(contact, open);
        var after = await host.ContactLinks().GetDealsAsync(contact);
        var twice = await host.ContactLinks().AddDealAsync(contact, linkedAlready);

        before.Select(d => (d.DealId, d.IsLinked)).Should().BeEquivalentTo([(open, false), (linkedAlready, true)]);
        before.Single(d => d.DealId == open).Address.Should().Be(new Uri(LinkingSandbox.RecordAddressPrefix + "0-3/" + open));
        added.Outcome.Should().Be(LinkOutcome.Created, added.Reason);
        var task = await host.Axcelerate.Tasks.GetAsync(added.AxcelerateId!.Value);
        task!.Name.Should().Be("Cert III in Fitness");
        task.ForecastValue.Should().Be(1800m);
        task.OpportunityStatus.Should().Be("Prospect");
        task.OwnerId.Should().Be(user);
        task.MarketingContactId.Should().Be(contact);
        after.Should().OnlyContain(d => d.IsLinked);
        after.Single(d => d.DealId == open).LinkedOpportunityId.Should().Be(added.AxcelerateId);
        twice.Refusal.Should().Be(LinkRefusal.HubSpotRecordLinkedElsewhere);
        twice.Reason.Should().Contain($"already linked to aXcelerate opportunity {existingTask}");
    }

    [Fact]
    public async Task Add_deal_is_refused_for_an_unlinked_contact_a_deal_of_another_contact_and_an_unmapped_stage()
    {
        await using var host = await StartAsync();
        var unlinked = host.AddAxcelerateContact("Un", "Linked", "unlinked@example.edu.au");
        var (contact, hubSpotContact) = await host.LinkedContactAsync("mapped@example.edu.au");
        var unmapped = host.AddHubSpotDeal("Unmapped stage", stage: "contractsent");
        host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, unmapped, HubSpotObjectType.Contacts, hubSpotContact);
        var foreign = host.AddHubSpotDeal("Not this contact's");

        var notLinked = await host.ContactLinks().AddDealAsync(unlinked, unmapped);
        var notOffered = await host.ContactLinks().AddDealAsync(contact, foreign);
        var notMapped = await host.ContactLinks().AddDealAsync(contact, unmapped);
        var list = () => host.ContactLinks().GetDealsAsync(unlinked);

        notLinked.Refusal.Should().Be(LinkRefusal.NotLinked);
        notOffered.Refusal.Should().Be(LinkRefusal.NotOffered);
        notMapped.Refusal.Should().Be(LinkRefusal.StatusNotMapped);
        notMapped.Reason.Should().Contain("contractsent");
        await list.Should().ThrowAsync<InvalidOperationException>().WithMessage($"*contact {unlinked} is not linked*");
        host.Sandbox.Axcelerate.Tasks.Should().BeEmpty();
    }

    [Fact]
    public async Task A_companys_deal_without_a_linked_contact_needs_a_key_contact_from_the_organisation()
    {
        await using var host = await StartAsync();
        var organisation = host.Sandbox.Axcelerate.AddOrganisation("Harbour Training").Id;
        var company = host.AddHubSpotCompany("Harbour Training", "harbourtraining.com.au");
        await host.OrganisationLinks().LinkAsync(organisation, company);
        var keyContact = host.AddAxcelerateContact("Kim", "Key", "kim@harbourtraining.com.au", organisation);
        var outsider = host.AddAxcelerateContact("Oscar", "Outsider", "oscar@example.edu.au");
        var deal = host.AddHubSpotDeal("Company-wide training", amount: "12000");
        host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, deal, HubSpotObjectType.Companies, company);

        var deals = await host.OrganisationLinks().GetDealsAsync(organisation);
        var withoutKey = await host.OrganisationLinks().AddDealAsync(organisation, deal);
        var wrongKey = await host.OrganisationLinks().AddDealAsync(organisation, deal, outsider);
        var withKey = await host.OrganisationLinks().AddDealAsync(organisation, deal, keyContact);

        deals.Should().ContainSingle().Which.MarketingContactId.Should().BeNull();
        withoutKey.Refusal.Should().Be(LinkRefusal.KeyContactRequired);
        withoutKey.Reason.Should().Contain("choose a key contact");
        wrongKey.Refusal.Should().Be(LinkRefusal.KeyContactNotInOrganisation);
        wrongKey.Reason.Should().Contain($"contact {outsider} is not one of organisation {organisation}'s contacts");
        withKey.Outcome.Should().Be(LinkOutcome.Created, withKey.Reason);
        var task = await host.Axcelerate.Tasks.GetAsync(withKey.AxcelerateId!.Value);
        task!.MarketingContactId.Should().Be(keyContact);
        task.ForecastValue.Should().Be(12000m);
        (await host.Links().FindByHubSpotIdAsync(MappedEntity.Opportunity, deal))!.AxcelerateId.Should().Be(withKey.AxcelerateId);
    }

    [Fact]
    public async Task A_companys_deal_with_a_linked_contact_takes_it_as_the_marketing_contact()
    {
        await using var host = await StartAsync();
        var organisation = host.Sandbox.Axcelerate.AddOrganisation("Bridge College").Id;
        var company = host.AddHubSpotCompany("Bridge College", "bridgecollege.edu.au");
        await host.OrganisationLinks().LinkAsync(organisation, company);
        var (contact, hubSpotContact) = await host.LinkedContactAsync("enquiries@bridgecollege.edu.au", organisation);
        var deal = host.AddHubSpotDeal("Group enrolment");
        host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, deal, HubSpotObjectType.Companies, company);
        host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, deal, HubSpotObjectType.Contacts, hubSpotContact);

        var deals = await host.OrganisationLinks().GetDealsAsync(organisation);
        var added = await host.OrganisationLinks().AddDealAsync(organisation, deal);

        deals.Should().ContainSingle().Which.MarketingContactId.Should().Be(contact);
        added.Outcome.Should().Be(LinkOutcome.Created, added.Reason);
        (await host.Axcelerate.Tasks.GetAsync(added.AxcelerateId!.Value))!.MarketingContactId.Should().Be(contact);
    }
}
