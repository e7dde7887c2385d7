using System.Net;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>
/// Engagement objects (notes, calls, emails, meetings, tasks) in the emulator: created with inline associations using
/// HubSpot's type ids, validated like HubSpot (required hs_timestamp, type ids that fit the two object types, existing
/// targets), batch-read, read back through v4 associations; and the demo data's engagements.
/// </summary>
public sealed class HubSpotEngagementObjectTests
{
    private static JsonObject Create(JsonObject properties, params (string ToId, int TypeId)[] associations) => new()
    {
        ["properties"] = properties,
        ["associations"] = new JsonArray([.. associations.Select(a => (JsonNode)new JsonObject
        {
            ["to"] = new JsonObject { ["id"] = a.ToId },
            ["types"] = new JsonArray(new JsonObject { ["associationCategory"] = "HUBSPOT_DEFINED", ["associationTypeId"] = a.TypeId }),
        })]),
    };

    [Theory]
    [InlineData("notes", "hs_note_body", 202, 190, 214)]
    [InlineData("calls", "hs_call_title", 194, 182, 206)]
    [InlineData("emails", "hs_email_subject", 198, 186, 210)]
    [InlineData("meetings", "hs_meeting_title", 200, 188, 212)]
    [InlineData("tasks", "hs_task_subject", 204, 192, 216)]
    public async Task An_engagement_is_created_with_associations_to_a_contact_company_and_deal_and_read_back_both_ways(string type, string textProperty, int toContact, int toCompany, int toDeal)
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "ada@example.com" }).Id;
        var company = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Harbour" }).Id;
        var deal = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Cert IV" }).Id;

        var (created, body) = await hs.PostAsync($"crm/objects/2026-03/{type}", Create(
            new JsonObject { ["hs_timestamp"] = "2026-02-10T09:00:00.000Z", [textProperty] = "<p>Hello</p>", ["hubspot_owner_id"] = null },
            (contact, toContact), (company, toCompany), (deal, toDeal)));
        var id = (string)body!["id"]!;
        var (_, batch) = await hs.PostAsync($"crm/objects/2026-03/{type}/batch/read", new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject { ["id"] = id }),
            ["properties"] = new JsonArray("hs_timestamp", textProperty),
        });
        var (_, fromContact) = await hs.PostAsync($"crm/associations/2026-03/contacts/{type}/batch/read", new JsonObject { ["inputs"] = new JsonArray(new JsonObject { ["id"] = contact }) });
        var (_, toRecords) = await hs.PostAsync($"crm/associations/2026-03/{type}/deals/batch/read", new JsonObject { ["inputs"] = new JsonArray(new JsonObject { ["id"] = id }) });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var read = batch!["results"]!.AsArray().Should().ContainSingle().Subject!;
        ((string?)read["properties"]![textProperty]).Should().Be("<p>Hello</p>");
        ((string?)read["properties"]!["hs_timestamp"]).Should().Be("2026-02-10T09:00:00.000Z");
        var contactSide = fromContact!["results"]![0]!["to"]!.AsArray().Should().ContainSingle().Subject!;
        ((long)contactSide["toObjectId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(id);
        ((int)contactSide["associationTypes"]![0]!["typeId"]!).Should().Be(toContact - 1, "the reverse of engagement → contact is one less (e.g. contact → note 201)");
        ((int)toRecords!["results"]![0]!["to"]![0]!["associationTypes"]![0]!["typeId"]!).Should().Be(toDeal);
    }

    [Fact]
    public async Task Creating_an_engagement_without_hs_timestamp_is_HubSpots_validation_error_naming_the_property()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();

        var (response, body) = await hs.PostAsync("crm/objects/2026-03/notes", new JsonObject { ["properties"] = new JsonObject { ["hs_note_body"] = "No time" } });
        var (taskResponse, taskBody) = await hs.PostAsync("crm/objects/2026-03/tasks", new JsonObject { ["properties"] = new JsonObject { ["hs_timestamp"] = "1770714000000" } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)body!["category"]).Should().Be("VALIDATION_ERROR");
        ((string?)body["message"]).Should().Be("Error creating NOTE. Some required properties were not set.");
        body["context"]!["properties"]!.AsArray().Select(p => (string?)p).Should().Equal("hs_timestamp");
        taskResponse.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        taskBody!["context"]!["properties"]!.AsArray().Select(p => (string?)p).Should().Equal("hs_task_subject");
        hs.HubSpot.GetObjects(HubSpotObjectType.Notes).Should().BeEmpty();
    }

    [Fact]
    public async Task A_type_id_that_does_not_fit_the_two_object_types_or_a_missing_target_is_refused()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "ada@example.com" }).Id;
        var note = new JsonObject { ["hs_timestamp"] = "1770714000000", ["hs_note_body"] = "x" };

        // 194 is call → contact: a note must use 202.
        var (wrongType, wrongBody) = await hs.PostAsync("crm/objects/2026-03/notes", Create(note.DeepClone().AsObject(), (contact, 194)));
        var (missing, missingBody) = await hs.PostAsync("crm/objects/2026-03/notes", Create(note.DeepClone().AsObject(), ("999999", 202)));
        var created = hs.HubSpot.CreateObject(HubSpotObjectType.Notes, new Dictionary<string, string?> { ["hs_timestamp"] = "1770714000000", ["hs_note_body"] = "y" }).Id;
        var (batch, batchBody) = await hs.PostAsync("crm/associations/2026-03/notes/contacts/batch/create", new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject
            {
                ["from"] = new JsonObject { ["id"] = created },
                ["to"] = new JsonObject { ["id"] = contact },
                ["types"] = new JsonArray(new JsonObject { ["associationCategory"] = "HUBSPOT_DEFINED", ["associationTypeId"] = 279 }),
            }),
        });

        wrongType.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)wrongBody!["message"]).Should().Contain("194 is not a valid HUBSPOT_DEFINED association type id from notes (0-46) to contacts (0-1); expected 202");
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)missingBody!["message"]).Should().Contain("contact 999999 does not exist");
        hs.HubSpot.GetObjects(HubSpotObjectType.Notes).Should().ContainSingle("only the note created without HTTP exists");
        ((int)batch.StatusCode).Should().Be(207);
        ((string?)batchBody!["errors"]![0]!["message"]).Should().Contain("279 is not a valid HUBSPOT_DEFINED association type id from notes");
        hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Notes, created, HubSpotObjectType.Contacts).Should().BeEmpty();
    }

    [Fact]
    public async Task The_demo_data_gives_contacts_with_deals_engagements_on_themselves_their_companies_and_their_deals()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(demoData: new DemoDataOptions());

        var withDeals = hs.HubSpot.Contacts.Where(c => hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Contacts, c.Id, HubSpotObjectType.Deals).Count > 0).ToList();

        withDeals.Should().NotBeEmpty();
        foreach (var contact in withDeals)
        {
            hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Contacts, contact.Id, HubSpotObjectType.Notes).Should().NotBeEmpty();
            hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Contacts, contact.Id, HubSpotObjectType.Calls).Should().NotBeEmpty();
            var deal = hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Contacts, contact.Id, HubSpotObjectType.Deals)[0];
            hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Deals, deal, HubSpotObjectType.Emails).Should().NotBeEmpty();
            hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Deals, deal, HubSpotObjectType.Tasks).Should().NotBeEmpty();
        }

        hs.HubSpot.GetObjects(HubSpotObjectType.Meetings).Should().NotBeEmpty("contacts with a company get a meeting on it");
        hs.HubSpot.GetObjects(HubSpotObjectType.Notes).Should().OnlyContain(n => n["hs_note_body"]!.StartsWith("<p>", StringComparison.Ordinal) && n["hs_timestamp"] != null);
        hs.HubSpot.GetObjects(HubSpotObjectType.Emails).Should().OnlyContain(e => e["hs_email_html"]!.Contains("<script>", StringComparison.Ordinal));
    }
}
