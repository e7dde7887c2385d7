using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Webhooks;

/// <summary>HubSpot company and deal webhooks applied one way to aXcelerate organisations and opportunities.</summary>
public sealed class CompanyAndDealWebhookProcessingTests
{
    [Fact]
    public async Task A_linked_companys_change_updates_its_organisation_and_our_own_id_write_comes_back_as_an_echo()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var company = bed.Host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Acme Training" }).Id;
        var created = await bed.DeliverAndProcessAsync();
        var import = await bed.Host.Get<IImportOrchestrator>().ImportPageAsync(new ImportRequest(MappedEntity.Organisation));
        var organisationId = import.Records.Single().AxcelerateId!.Value;
        var echoes = await bed.DeliverAndProcessAsync(); // the import wrote axcelerate_id to the company through the API

        bed.Host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Companies, company, new Dictionary<string, string?> { ["name"] = "Acme Training Pty Ltd" });
        var changed = (await bed.DeliverAndProcessAsync()).Single();

        WebhookTestBed.Creation(created).Error.Should().Contain("import");
        created.Should().OnlyContain(e => e.Status == IncomingStatus.Skipped, "a company becomes an organisation by import, and an unlinked one is not updated");
        echoes.Should().NotBeEmpty().And.OnlyContain(e => e.Status == IncomingStatus.Skipped && e.Error!.Contains("echo"));
        changed.Status.Should().Be(IncomingStatus.Succeeded);
        changed.Result.Should().Be($"updated aXcelerate organisation {organisationId}: name");
        (await bed.Host.Axcelerate.Organisations.GetAsync(organisationId))!.Name.Should().Be("Acme Training Pty Ltd");
    }

    [Fact]
    public async Task With_the_company_update_flow_off_a_change_is_skipped_and_the_organisation_left_alone()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var company = bed.Host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Beta College" }).Id;
        var import = await bed.Host.Get<IImportOrchestrator>().ImportPageAsync(new ImportRequest(MappedEntity.Organisation));
        await bed.DeliverAndProcessAsync();
        await bed.SetFlowAsync(SyncFlow.CompanyUpdateWebhook, false);

        bed.Host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Companies, company, new Dictionary<string, string?> { ["name"] = "Beta College Renamed" });
        var entry = (await bed.DeliverAndProcessAsync()).Single();

        entry.Status.Should().Be(IncomingStatus.Skipped);
        entry.Error.Should().Contain(nameof(SyncFlow.CompanyUpdateWebhook));
        (await bed.Host.Axcelerate.Organisations.GetAsync(import.Records.Single().AxcelerateId!.Value))!.Name.Should().Be("Beta College");
    }

    [Fact]
    public async Task A_new_deal_becomes_an_opportunity_and_a_new_primary_contact_becomes_its_marketing_contact()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        await bed.Host.Get<IDealStageMappingService>().SaveAsync(new Dictionary<string, int> { ["qualifiedtobuy"] = 2, ["closedwon"] = 5 });
        var hubSpot = bed.Host.Sandbox.HubSpot;
        var first = bed.AddHubSpotContact("First", "Buyer", "first.buyer@example.edu.au");
        var second = bed.AddHubSpotContact("Second", "Buyer", "second.buyer@example.edu.au");
        await bed.DeliverAndProcessAsync();
        var firstAx = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, first))!.AxcelerateId;
        var secondAx = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, second))!.AxcelerateId;

        var deal = hubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Cert IV enrolment", ["pipeline"] = "default", ["dealstage"] = "qualifiedtobuy" }).Id;
        hubSpot.Associate(HubSpotObjectType.Deals, deal, HubSpotObjectType.Contacts, first);
        var created = await bed.DeliverAndProcessAsync();
        var opportunity = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Opportunity, deal))!.AxcelerateId;

        var primary = hubSpot.DefineAssociationLabel(HubSpotObjectType.Deals, HubSpotObjectType.Contacts, "Primary contact");
        hubSpot.Associate(HubSpotObjectType.Deals, deal, HubSpotObjectType.Contacts, second, primary);
        var associated = await bed.DeliverAndProcessAsync();

        WebhookTestBed.Creation(created).Result.Should().Contain("created aXcelerate opportunity");
        created.Should().OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        associated.Should().NotBeEmpty().And.OnlyContain(e => e.Status == IncomingStatus.Succeeded && e.SubscriptionType.EndsWith(".associationChange", StringComparison.Ordinal));
        associated.Should().Contain(e => e.Result!.Contains($"is now contact {secondAx}"));
        var task = (await bed.Host.Axcelerate.Tasks.GetAsync(opportunity))!;
        task.MarketingContactId.Should().Be(secondAx).And.NotBe(firstAx);
        task.OpportunityStatus.Should().Be("Prospect");
    }

    [Fact]
    public async Task With_the_deal_creation_flow_off_a_new_deal_is_skipped_and_nothing_is_created()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        await bed.SetFlowAsync(SyncFlow.DealCreationWebhook, false);
        var deal = bed.Host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Skipped deal", ["pipeline"] = "default", ["dealstage"] = "qualifiedtobuy" }).Id;

        var done = await bed.DeliverAndProcessAsync();

        WebhookTestBed.Creation(done).Error.Should().Contain(nameof(SyncFlow.DealCreationWebhook));
        done.Should().OnlyContain(e => e.Status == IncomingStatus.Skipped);
        (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Opportunity, deal)).Should().BeNull();
        bed.Host.Sandbox.Axcelerate.Tasks.Should().BeEmpty();
    }
}
