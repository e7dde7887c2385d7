using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>The emulator's USER_DEFINED association labels: defined per portal, used to associate, read back with their label.</summary>
public sealed class HubSpotAssociationLabelTests
{
    [Fact]
    public async Task A_defined_label_is_listed_used_in_a_put_and_read_back_with_its_label_and_the_default_type()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var deal = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Cert IV" });
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "ada@example.com" });

        var (created, definition) = await hs.PostAsync("crm/v4/associations/deals/contacts/labels", new JsonObject { ["label"] = "Primary contact", ["name"] = "primary_contact" });
        var result = definition!["results"]!.AsArray().Should().ContainSingle().Subject!;
        var typeId = (int)result["typeId"]!;
        var (_, listed) = await hs.GetAsync("crm/v4/associations/deals/contacts/labels");
        var (put, labelled) = await hs.SendAsync(HttpMethod.Put, $"crm/v4/objects/deals/{deal.Id}/associations/contacts/{contact.Id}", new JsonArray(new JsonObject { ["associationCategory"] = "USER_DEFINED", ["associationTypeId"] = typeId }));
        var (_, fromDeal) = await hs.GetAsync($"crm/v4/objects/deals/{deal.Id}/associations/contacts");
        var (_, fromContact) = await hs.GetAsync($"crm/v4/objects/contacts/{contact.Id}/associations/deals");

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        ((string?)result["category"]).Should().Be("USER_DEFINED");
        ((string?)result["label"]).Should().Be("Primary contact");
        typeId.Should().BeGreaterThanOrEqualTo(1000, "user-defined ids must not collide with HubSpot's built-in ones");
        Types(listed!["results"]!).Should().Equal(("HUBSPOT_DEFINED", 3, null), ("USER_DEFINED", typeId, "Primary contact"));
        put.StatusCode.Should().Be(HttpStatusCode.Created);
        labelled!["labels"]!.AsArray().Select(l => (string?)l).Should().Equal("Primary contact");
        var target = fromDeal!["results"]!.AsArray().Should().ContainSingle().Subject!;
        ((long)target["toObjectId"]!).ToString(CultureInfo.InvariantCulture).Should().Be(contact.Id);
        Types(target["associationTypes"]!).Should().BeEquivalentTo([("HUBSPOT_DEFINED", 3, (string?)null), ("USER_DEFINED", typeId, "Primary contact")]);
        Types(fromContact!["results"]![0]!["associationTypes"]!).Should().BeEquivalentTo([("HUBSPOT_DEFINED", 4, (string?)null), ("USER_DEFINED", typeId, "Primary contact")]);
    }

    [Fact]
    public async Task Batch_create_with_a_label_reads_back_in_batch_read_and_labels_belong_to_one_sandbox()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        await using var other = await HubSpotSandboxFixture.StartAsync();
        var deal = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Diploma" });
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "grace@example.com" });
        var typeId = hs.HubSpot.DefineAssociationLabel(HubSpotObjectType.Deals, HubSpotObjectType.Contacts, "Billing contact");

        var (created, _) = await hs.PostAsync("crm/associations/2026-03/deals/contacts/batch/create", new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject
            {
                ["from"] = new JsonObject { ["id"] = deal.Id },
                ["to"] = new JsonObject { ["id"] = contact.Id },
                ["types"] = new JsonArray(new JsonObject { ["associationCategory"] = "USER_DEFINED", ["associationTypeId"] = typeId }),
            }),
        });
        var (_, read) = await hs.PostAsync("crm/associations/2026-03/deals/contacts/batch/read", new JsonObject { ["inputs"] = new JsonArray(new JsonObject { ["id"] = deal.Id }) });
        var (_, otherLabels) = await other.GetAsync("crm/associations/2026-03/deals/contacts/labels");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var to = read!["results"]!.AsArray().Should().ContainSingle().Subject!["to"]!.AsArray().Should().ContainSingle().Subject!;
        Types(to["associationTypes"]!).Should().BeEquivalentTo([("HUBSPOT_DEFINED", 3, (string?)null), ("USER_DEFINED", typeId, "Billing contact")]);
        Types(otherLabels!["results"]!).Should().Equal(("HUBSPOT_DEFINED", 3, null));
    }

    [Fact]
    public async Task An_undefined_user_defined_type_id_is_refused()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var deal = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Cert III" });
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "alan@example.com" });
        var companyLabel = hs.HubSpot.DefineAssociationLabel(HubSpotObjectType.Contacts, HubSpotObjectType.Companies, "Employer");

        var (response, body) = await hs.SendAsync(HttpMethod.Put, $"crm/v4/objects/deals/{deal.Id}/associations/contacts/{contact.Id}", new JsonArray(new JsonObject { ["associationCategory"] = "USER_DEFINED", ["associationTypeId"] = companyLabel }));
        var (noLabel, _) = await hs.PostAsync("crm/v4/associations/deals/contacts/labels", new JsonObject { ["name"] = "unnamed" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)body!["category"]).Should().Be("VALIDATION_ERROR");
        hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Deals, deal.Id, HubSpotObjectType.Contacts).Should().BeEmpty();
        noLabel.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static List<(string? Category, int TypeId, string? Label)> Types(JsonNode types) =>
        [.. types.AsArray().Select(t => ((string?)t!["category"], (int)t["typeId"]!, (string?)t["label"]))];
}
