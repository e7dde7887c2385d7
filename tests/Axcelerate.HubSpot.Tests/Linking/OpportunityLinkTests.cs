using System.Globalization;
using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Owners;
using Axcelerate.HubSpot.Users;

namespace Axcelerate.HubSpot.Tests.Linking;

/// <summary>Linking and exporting aXcelerate marketing opportunities as HubSpot deals over real HTTP against the strict sandbox.</summary>
public sealed class OpportunityLinkTests
{
    private static async Task<SandboxHost> StartAsync()
    {
        var host = await SandboxHost.StartAsync();
        await host.MapStagesAsync();
        return host;
    }

    /// <summary>A HubSpot owner linked to an aXcelerate user; returns the owner id and the user's contact id.</summary>
    private static async Task<(string OwnerId, long UserContactId)> LinkedOwnerAsync(SandboxHost host)
    {
        host.Sandbox.HubSpot.AddOwner(new SandboxHubSpotOwner("7001", 9001, "olive@example.edu.au", "Olive", "Owner"));
        var user = host.Sandbox.Axcelerate.AddUser("Olive", "Owner", "olive@example.edu.au");
        var contactId = long.Parse(user["CONTACTID"]!, CultureInfo.InvariantCulture);
        await host.Get<IUserLinkService>().SetLinkAsync("7001", contactId);
        return ("7001", contactId);
    }

    [Fact]
    public async Task Only_the_deals_of_the_HubSpot_contact_linked_to_the_marketing_contact_are_offered_and_linkable()
    {
        await using var host = await StartAsync();
        var (contact, hubSpotContact) = await host.LinkedContactAsync("buyer@example.edu.au");
        var offered = host.AddHubSpotDeal("Cert IV enrolment");
        host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, offered, HubSpotObjectType.Contacts, hubSpotContact);
        var foreign = host.AddHubSpotDeal("Someone else's deal");
        var opportunity = host.AddOpportunity("Cert IV enrolment", contact);

        var candidates = await host.OpportunityLinks().GetCandidatesAsync(opportunity);
        var notOffered = await host.OpportunityLinks().LinkAsync(opportunity, foreign);
        var linked = await host.OpportunityLinks().LinkAsync(opportunity, offered);
        var profile = await host.OpportunityLinks().GetProfileAsync(opportunity);

        candidates.SearchedFor.Should().Contain(hubSpotContact);
        candidates.Candidates.Should().ContainSingle().Which.DisplayName.Should().Be("Cert IV enrolment");
        notOffered.Refusal.Should().Be(LinkRefusal.NotOffered);
        notOffered.Reason.Should().Contain($"HubSpot deal {foreign} is not a deal of HubSpot contact {hubSpotContact}");
        linked.Outcome.Should().Be(LinkOutcome.Linked);
        profile.Address.Should().Be(new Uri(LinkingSandbox.RecordAddressPrefix + "0-3/" + offered));
        profile.Properties.Should().Contain("dealname", "Cert IV enrolment");
    }

    [Fact]
    public async Task An_opportunity_whose_marketing_contact_is_unlinked_or_a_task_without_one_is_offered_nothing_and_cannot_be_linked_or_exported()
    {
        await using var host = await StartAsync();
        var unlinkedContact = host.AddAxcelerateContact("Not", "Linked", "notlinked@example.edu.au");
        var opportunity = host.AddOpportunity("Diploma", unlinkedContact);
        var plainTask = host.AddOpportunity("Call back", marketingContactId: null, status: null, value: null);
        var deal = host.AddHubSpotDeal("Diploma");

        var candidates = await host.OpportunityLinks().GetCandidatesAsync(opportunity);
        var link = await host.OpportunityLinks().LinkAsync(opportunity, deal);
        var export = await host.OpportunityLinks().ExportAsync(opportunity);
        var plain = await host.OpportunityLinks().GetCandidatesAsync(plainTask);

        candidates.Searched.Should().BeFalse();
        candidates.Refusal.Should().Contain($"marketing contact, aXcelerate contact {unlinkedContact}, is not linked to HubSpot");
        link.Refusal.Should().Be(LinkRefusal.NotLinked);
        export.Refusal.Should().Be(LinkRefusal.NotLinked);
        export.Reason.Should().Contain($"aXcelerate contact {unlinkedContact}");
        plain.Refusal.Should().Contain("not a marketing opportunity");
        host.Sandbox.HubSpot.Deals.Should().ContainSingle("nothing was exported");
    }

    [Fact]
    public async Task Export_is_refused_with_the_reason_when_the_opportunity_status_is_not_mapped()
    {
        await using var host = await StartAsync();
        var (contact, _) = await host.LinkedContactAsync("pending@example.edu.au");
        var opportunity = host.AddOpportunity("Pending course", contact, status: "Pending");

        var result = await host.OpportunityLinks().ExportAsync(opportunity);

        result.Outcome.Should().Be(LinkOutcome.Refused);
        result.Refusal.Should().Be(LinkRefusal.StatusNotMapped);
        result.Reason.Should().Contain("'Pending' is not mapped");
        host.Sandbox.HubSpot.Deals.Should().BeEmpty();
    }

    [Fact]
    public async Task Export_creates_the_deal_in_the_mapped_pipeline_and_stage_with_the_linked_owner_associated_with_the_contact_and_its_company()
    {
        await using var host = await StartAsync();
        var (ownerId, userContactId) = await LinkedOwnerAsync(host);
        var organisation = host.Sandbox.Axcelerate.AddOrganisation("Harbour Training").Id;
        var company = host.AddHubSpotCompany("Harbour Training", "harbourtraining.com.au");
        await host.OrganisationLinks().LinkAsync(organisation, company);
        var (contact, hubSpotContact) = await host.LinkedContactAsync("student@harbourtraining.com.au", organisation);
        var opportunity = host.AddOpportunity("Diploma of Leadership", contact, status: "Prospect", value: "4200", ownerId: userContactId);

        var result = await host.OpportunityLinks().ExportAsync(opportunity);
        var again = await host.OpportunityLinks().ExportAsync(opportunity);

        result.Outcome.Should().Be(LinkOutcome.Exported, result.Reason);
        var deal = host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Deals, result.HubSpotId!)!;
        deal["dealname"].Should().Be("Diploma of Leadership");
        deal["pipeline"].Should().Be("default");
        deal["dealstage"].Should().Be("qualifiedtobuy");
        decimal.Parse(deal["amount"]!, CultureInfo.InvariantCulture).Should().Be(4200m);
        deal["hubspot_owner_id"].Should().Be(ownerId);
        host.Sandbox.HubSpot.GetAssociatedIds(HubSpotObjectType.Deals, deal.Id, HubSpotObjectType.Contacts).Should().Equal(hubSpotContact);
        host.Sandbox.HubSpot.GetAssociatedIds(HubSpotObjectType.Deals, deal.Id, HubSpotObjectType.Companies).Should().Equal(company);
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Opportunity, opportunity))!.HubSpotId.Should().Be(deal.Id);
        again.Refusal.Should().Be(LinkRefusal.AlreadyLinked);
        again.Reason.Should().Contain($"opportunity {opportunity} is already linked to HubSpot deal {deal.Id}");
        host.Sandbox.HubSpot.Deals.Should().ContainSingle();
    }

    [Fact]
    public async Task An_exported_deal_without_a_linked_owner_or_company_is_unassigned_and_associated_with_the_contact_only()
    {
        await using var host = await StartAsync();
        var (contact, hubSpotContact) = await host.LinkedContactAsync("solo@example.edu.au");
        var opportunity = host.AddOpportunity("Short course", contact, status: "Won", value: "300", ownerId: host.Sandbox.Axcelerate.WebServiceContactId);

        var result = await host.OpportunityLinks().ExportAsync(opportunity);

        result.Outcome.Should().Be(LinkOutcome.Exported, result.Reason);
        var deal = host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Deals, result.HubSpotId!)!;
        deal["dealstage"].Should().Be("closedwon");
        deal["hubspot_owner_id"].Should().BeNullOrEmpty();
        host.Sandbox.HubSpot.GetAssociatedIds(HubSpotObjectType.Deals, deal.Id, HubSpotObjectType.Contacts).Should().Equal(hubSpotContact);
        host.Sandbox.HubSpot.GetAssociatedIds(HubSpotObjectType.Deals, deal.Id, HubSpotObjectType.Companies).Should().BeEmpty();
    }
}
