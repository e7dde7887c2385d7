using System.Net;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

public sealed class HubSpotCatalogTests
{
    [Theory]
    [InlineData("crm/v4/objects", "crm/v4/associations")]
    [InlineData("crm/objects/2026-03", "crm/associations/2026-03")]
    public async Task Associations_by_default_label_inline_and_batch_are_readable_from_both_sides(string objects, string associations)
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "c@example.com" });
        var company = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Acme Training" });

        var (put, _) = await hs.SendAsync(HttpMethod.Put, $"{objects}/contacts/{contact.Id}/associations/default/companies/{company.Id}");
        put.StatusCode.Should().Be(HttpStatusCode.OK);
        var (list, listBody) = await hs.GetAsync($"{objects}/companies/{company.Id}/associations/contacts");
        list.StatusCode.Should().Be(HttpStatusCode.OK);
        ((long)listBody!["results"]![0]!["toObjectId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(contact.Id);
        // Production: the contact's first company becomes its primary company, so the default association comes with "Contact with Primary Company" (2).
        listBody["results"]![0]!["associationTypes"]!.AsArray().Select(t => ((int)t!["typeId"]!, (string?)t["label"])).Should().Equal((2, "Contact with Primary Company"), (280, null));

        var deal = new JsonObject
        {
            ["properties"] = new JsonObject { ["dealname"] = "Diploma" },
            ["associations"] = new JsonArray(new JsonObject
            {
                ["to"] = new JsonObject { ["id"] = contact.Id },
                ["types"] = new JsonArray(new JsonObject { ["associationCategory"] = "HUBSPOT_DEFINED", ["associationTypeId"] = 3 }),
            }),
        };
        var (_, dealBody) = await hs.PostAsync("crm/v3/objects/deals", deal);
        var dealId = (string)dealBody!["id"]!;

        var (labelled, labelledBody) = await hs.SendAsync(HttpMethod.Put, $"{objects}/deals/{dealId}/associations/companies/{company.Id}", new JsonArray(new JsonObject { ["associationCategory"] = "HUBSPOT_DEFINED", ["associationTypeId"] = 5 }));
        labelled.StatusCode.Should().Be(HttpStatusCode.Created);
        ((string?)labelledBody!["labels"]![0]).Should().Be("Primary");

        var (batch, batchBody) = await hs.PostAsync($"{associations}/contacts/deals/batch/read", new JsonObject { ["inputs"] = new JsonArray(new JsonObject { ["id"] = contact.Id }) });
        batch.StatusCode.Should().Be(HttpStatusCode.OK);
        ((long)batchBody!["results"]![0]!["to"]![0]!["toObjectId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(dealId);
        ((int)batchBody["results"]![0]!["to"]![0]!["associationTypes"]![0]!["typeId"]!).Should().Be(4);

        var (created, _) = await hs.PostAsync($"{associations}/contacts/companies/batch/create", new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject
            {
                ["from"] = new JsonObject { ["id"] = contact.Id },
                ["to"] = new JsonObject { ["id"] = "424242" },
                ["types"] = new JsonArray(new JsonObject { ["associationCategory"] = "HUBSPOT_DEFINED", ["associationTypeId"] = 279 }),
            }),
        });
        created.StatusCode.Should().Be(HttpStatusCode.MultiStatus, "the target company does not exist");
    }

    [Fact]
    public async Task Owners_page_and_filter_by_email_and_resolve_by_id()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(demoData: new DemoDataOptions { HubSpotOwners = 5, HubSpotContacts = 0, HubSpotCompanies = 0, HubSpotDeals = 0 });
        var owner = hs.HubSpot.Owners[3];

        var (_, page) = await hs.GetAsync("crm/owners/2026-03?limit=2");
        var (_, byEmail) = await hs.GetAsync($"crm/v3/owners?email={Uri.EscapeDataString(owner.Email)}");
        var (byId, byIdBody) = await hs.GetAsync($"crm/v3/owners/{owner.Id}");

        page!["results"]!.AsArray().Should().HaveCount(2);
        page["paging"]!["next"]!["after"].Should().NotBeNull();
        ((string?)byEmail!["results"]!.AsArray().Should().ContainSingle().Subject!["id"]).Should().Be(owner.Id);
        byId.StatusCode.Should().Be(HttpStatusCode.OK);
        ((string?)byIdBody!["email"]).Should().Be(owner.Email);
        (await hs.GetAsync("crm/v3/owners/1")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deal_pipelines_list_the_sales_pipeline_first_with_stage_metadata()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();

        var (_, body) = await hs.GetAsync("crm/pipelines/2026-03/deals");
        var pipelines = body!["results"]!.AsArray();

        pipelines.Should().HaveCount(2);
        ((string?)pipelines[0]!["label"]).Should().Be("Sales Pipeline");
        ((int)pipelines[1]!["displayOrder"]!).Should().BeGreaterThan((int)pipelines[0]!["displayOrder"]!);
        var won = pipelines[0]!["stages"]!.AsArray().Single(s => (string?)s!["id"] == "closedwon")!;
        ((string?)won["metadata"]!["isClosed"]).Should().Be("true");
        ((string?)won["metadata"]!["probability"]).Should().Be("1.0");
        (await hs.GetAsync("crm/v3/pipelines/deals/nope")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Properties_list_defaults_with_read_only_ones_and_accept_custom_properties()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();

        var (_, body) = await hs.GetAsync("crm/properties/2026-03/contacts");
        var names = body!["results"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        names.Should().Contain(["email", "firstname", "hs_object_id", "createdate", "lastmodifieddate"]);
        var (_, createdate) = await hs.GetAsync("crm/v3/properties/contacts/createdate");
        ((string?)createdate!["type"]).Should().Be("datetime");
        ((bool)createdate["modificationMetadata"]!["readOnlyValue"]!).Should().BeTrue();

        var custom = new JsonObject { ["name"] = "usi", ["label"] = "USI", ["type"] = "string", ["fieldType"] = "text", ["groupName"] = "contactinformation" };
        (await hs.PostAsync("crm/v3/properties/contacts", custom)).Response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await hs.PostAsync("crm/v3/properties/contacts", custom)).Response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        custom["name"] = "bad";
        custom["fieldType"] = "checkbox";
        (await hs.PostAsync("crm/v3/properties/contacts", custom)).Response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await hs.GetAsync("crm/v3/properties/contacts/usi")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
