using System.Net;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>The real IHubSpotClient, registered through AddHubSpotIntegration, against the emulator over HTTP.</summary>
public sealed class HubSpotClientOverSandboxTests
{
    private static Task<SandboxHost> StartAsync(string apiVersion = "2026-03", DemoDataOptions? demo = null) =>
        SandboxHost.StartAsync(sandbox: o => o.DemoData = demo, integration: o => o.HubSpot.ApiVersion = apiVersion);

    [Theory]
    [InlineData("2026-03")]
    [InlineData("v3")]
    public async Task Client_streams_every_seeded_contact_through_paging(string apiVersion)
    {
        await using var host = await StartAsync(apiVersion, new DemoDataOptions { HubSpotContacts = 230, HubSpotCompanies = 5, HubSpotDeals = 0 });
        var (sandbox, client) = (host.Sandbox, host.HubSpot);

        List<HubSpotObject> contacts = [];
        await foreach (var contact in client.Contacts.ListAsync())
        {
            contacts.Add(contact);
        }

        contacts.Select(c => c.Id).Should().BeEquivalentTo(sandbox.HubSpot.Contacts.Select(c => c.Id));
        contacts.Should().OnlyContain(c => c.GetProperty("email") != null);
    }

    [Fact]
    public async Task Client_creates_updates_and_finds_contacts_and_sees_the_409_for_a_duplicate_email()
    {
        await using var host = await StartAsync();
        var (sandbox, client) = (host.Sandbox, host.HubSpot);

        var created = await client.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "zoe@example.com.au", ["firstname"] = "Zoe" } });
        var updated = await client.Contacts.UpdateAsync(created.Id, new Dictionary<string, string?> { ["lastname"] = "Tran" });
        var byEmail = await client.Contacts.GetAsync("zoe@example.com.au", new HubSpotGetOptions { IdProperty = "email", Properties = ["lastname"] });
        var duplicate = async () => await client.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "zoe@example.com.au" } });

        updated.GetProperty("lastname").Should().Be("Tran");
        byEmail!.Id.Should().Be(created.Id);
        byEmail.GetProperty("lastname").Should().Be("Tran");
        var thrown = await duplicate.Should().ThrowAsync<HubSpotApiException>();
        thrown.Which.StatusCode.Should().Be(HttpStatusCode.Conflict);
        thrown.Which.Category.Should().Be("CONFLICT");
        sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, created.Id)!["lastname"].Should().Be("Tran");
    }

    [Fact]
    public async Task Client_batch_create_reports_the_failed_input_and_keeps_the_rest()
    {
        await using var host = await StartAsync();
        var (sandbox, client) = (host.Sandbox, host.HubSpot);
        sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "taken@example.com" });

        var result = await client.Contacts.BatchCreateAsync(
        [
            new HubSpotObjectInput { Properties = { ["email"] = "one@example.com" } },
            new HubSpotObjectInput { Properties = { ["email"] = "taken@example.com" } },
        ]);

        result.Results.Should().ContainSingle(r => r.GetProperty("email") == "one@example.com");
        result.Errors.Should().ContainSingle().Which.Category.Should().Be("CONFLICT");
    }

    [Fact]
    public async Task Client_search_filters_and_reads_owners_and_pipelines()
    {
        await using var host = await StartAsync(demo: new DemoDataOptions { HubSpotContacts = 20, HubSpotCompanies = 3, HubSpotDeals = 5, HubSpotOwners = 3 });
        var (sandbox, client) = (host.Sandbox, host.HubSpot);
        var target = sandbox.HubSpot.Contacts[7];

        var page = await client.Contacts.SearchPageAsync(new HubSpotSearchRequest
        {
            FilterGroups = { new HubSpotFilterGroup { Filters = { new HubSpotFilter { PropertyName = "email", Operator = HubSpotFilterOperator.Eq, Value = target["email"] } } } },
            Properties = ["email"],
        });
        var owner = await client.Owners.GetByEmailAsync(sandbox.HubSpot.Owners[1].Email);
        var pipelines = await client.Pipelines.GetDealPipelinesAsync();

        page.Results.Should().ContainSingle().Which.Id.Should().Be(target.Id);
        owner!.Id.Should().Be(sandbox.HubSpot.Owners[1].Id);
        pipelines.Should().HaveCount(2);
        pipelines[0].Label.Should().Be("Sales Pipeline");
    }

    [Fact]
    public async Task Client_creates_and_lists_default_associations()
    {
        await using var host = await StartAsync();
        var (sandbox, client) = (host.Sandbox, host.HubSpot);
        var contact = sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "assoc@example.com" });
        var company = sandbox.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Assoc Pty Ltd" });

        await client.Associations.CreateDefaultAsync("contacts", contact.Id, "companies", company.Id);
        List<HubSpotAssociation> associations = [];
        await foreach (var association in client.Associations.ListAsync("companies", company.Id, "contacts"))
        {
            associations.Add(association);
        }

        sandbox.HubSpot.GetAssociatedIds(HubSpotObjectType.Contacts, contact.Id, HubSpotObjectType.Companies).Should().Equal(company.Id);
        associations.Should().ContainSingle();
    }
}
