using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>The <c>/__sandbox</c> simulations over real HTTP, without a token, as a tool in any language drives them.</summary>
public sealed class HubSpotControlEndpointTests
{
    private static async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(HubSpotSandboxFixture hs, string path, string? json = null)
    {
        using var http = new HttpClient { BaseAddress = hs.HubSpot.RootAddress };
        using var content = new StringContent(json ?? string.Empty, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    private static HubSpotWebhookOptions Manual(params HubSpotWebhookEvent[] events)
    {
        var options = new HubSpotWebhookOptions { AutoDeliverInterval = null };
        foreach (var subscribed in events)
        {
            options.Events.Add(subscribed);
        }

        return options;
    }

    [Fact]
    public async Task A_user_edit_changes_the_record_and_is_delivered_as_CRM_UI_on_flush()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "ui@example.com" });
        hs.HubSpot.SubscribeWebhooks(receiver.Url, "secret", Manual(
            HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "phone"),
            HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "city")));

        var (status, record) = await PostAsync(hs, $"__sandbox/hubspot/contacts/{contact.Id}/user-edit", """{"properties": {"phone": "0400 123 456"}}""");
        var (importStatus, _) = await PostAsync(hs, $"__sandbox/hubspot/contact/{contact.Id}/user-edit", """{"properties": {"city": "Hobart"}, "changeSource": "IMPORT", "sourceId": "import:77"}""");
        var (flushStatus, flushed) = await PostAsync(hs, "__sandbox/webhooks/flush");

        status.Should().Be(HttpStatusCode.OK);
        ((string?)record!["properties"]!["phone"]).Should().Be("0400 123 456");
        importStatus.Should().Be(HttpStatusCode.OK);
        flushStatus.Should().Be(HttpStatusCode.OK);
        ((int)flushed!["requestsSent"]!).Should().Be(1);
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, contact.Id)!["city"].Should().Be("Hobart");
        var events = JsonNode.Parse(receiver.Received.Single().Body)!.AsArray().Select(e => e!).ToList();
        events.Single(e => (string?)e["propertyName"] == "phone")["changeSource"]!.GetValue<string>().Should().Be("CRM_UI");
        var import = events.Single(e => (string?)e["propertyName"] == "city");
        ((string?)import["changeSource"]).Should().Be("IMPORT");
        ((string?)import["sourceId"]).Should().Be("import:77");
        using var http = new HttpClient { BaseAddress = hs.HubSpot.RootAddress };
        var deliveries = JsonNode.Parse(await http.GetStringAsync(new Uri("__sandbox/webhooks/deliveries", UriKind.Relative)))!.AsArray();
        var delivery = deliveries.Should().ContainSingle().Subject!;
        ((int)delivery["statusCode"]!).Should().Be(200);
        ((int)delivery["eventCount"]!).Should().Be(2);
        ((string?)delivery["body"]).Should().Be(receiver.Received.Single().Body);
    }

    [Fact]
    public async Task A_user_create_makes_a_record_and_fires_a_CRM_UI_creation()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        hs.HubSpot.SubscribeWebhooks(receiver.Url, "secret", Manual(HubSpotWebhookEvent.Creation(HubSpotObjectType.Companies)));

        var (status, created) = await PostAsync(hs, "__sandbox/hubspot/companies/user-create", """{"properties": {"name": "Made in the UI"}}""");
        var (unknownStatus, unknown) = await PostAsync(hs, "__sandbox/hubspot/0-2/user-create", """{"properties": {"no_such": "x"}}""");
        await PostAsync(hs, "__sandbox/webhooks/flush");

        status.Should().Be(HttpStatusCode.Created);
        var id = (string)created!["id"]!;
        hs.HubSpot.GetObject(HubSpotObjectType.Companies, id)!["name"].Should().Be("Made in the UI");
        unknownStatus.Should().Be(HttpStatusCode.BadRequest);
        ((string?)unknown!["message"]).Should().Contain("no_such");
        var creation = JsonNode.Parse(receiver.Received.Single().Body)!.AsArray().Single()!;
        ((string?)creation["changeSource"]).Should().Be("CRM_UI");
        ((long)creation["objectId"]!).ToString(CultureInfo.InvariantCulture).Should().Be(id);
    }

    [Fact]
    public async Task A_user_delete_archives_the_record_and_a_merge_answers_the_new_record()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var doomed = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Gone" });
        var a = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "a@example.com" });
        var b = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "b@example.com", ["jobtitle"] = "Assessor" });

        var (deleteStatus, _) = await PostAsync(hs, $"__sandbox/hubspot/companies/{doomed.Id}/user-delete");
        var (mergeStatus, merged) = await PostAsync(hs, "__sandbox/hubspot/contacts/merge", $$"""{"primaryId": "{{a.Id}}", "mergedId": {{b.Id}}}""");

        deleteStatus.Should().Be(HttpStatusCode.NoContent);
        hs.HubSpot.GetObject(HubSpotObjectType.Companies, doomed.Id)!.Archived.Should().BeTrue();
        mergeStatus.Should().Be(HttpStatusCode.OK);
        var newId = (string)merged!["id"]!;
        newId.Should().NotBe(a.Id).And.NotBe(b.Id);
        ((string?)merged["properties"]!["jobtitle"]).Should().Be("Assessor");
        ((string?)merged["properties"]!["hs_merged_object_ids"]).Should().Be($"{a.Id};{b.Id}");
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, a.Id)!.MergedIntoId.Should().Be(newId);
    }

    [Theory]
    [InlineData("__sandbox/hubspot/widgets/1001/user-edit", """{"properties": {}}""", "widgets")]
    [InlineData("__sandbox/hubspot/contacts/999999/user-edit", """{"properties": {"phone": "1"}}""", "999999")]
    [InlineData("__sandbox/hubspot/contacts/{id}/user-edit", """{"props": {"phone": "1"}}""", "\"properties\"")]
    [InlineData("__sandbox/hubspot/contacts/{id}/user-edit", """{"properties": {"phone": """, "JSON")]
    [InlineData("__sandbox/hubspot/contacts/{id}/user-edit", """{"properties": {"no_such": "1"}}""", "no_such")]
    [InlineData("__sandbox/hubspot/contacts/{id}/user-edit", """{"properties": {"phone": "1"}, "changeSource": "TELEPATHY"}""", "TELEPATHY")]
    [InlineData("__sandbox/hubspot/contacts/999999/user-delete", null, "999999")]
    [InlineData("__sandbox/hubspot/contacts/merge", """{"primaryId": "{id}"}""", "mergedId")]
    [InlineData("__sandbox/hubspot/contacts/merge", """{"primaryId": "{id}", "mergedId": "424242"}""", "424242")]
    [InlineData("__sandbox/hubspot/contacts/merge", "not json", "JSON")]
    public async Task A_bad_control_request_is_a_400_naming_the_problem(string path, string? body, string named)
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "bad@example.com" });

        var (status, error) = await PostAsync(hs, path.Replace("{id}", contact.Id, StringComparison.Ordinal), body?.Replace("{id}", contact.Id, StringComparison.Ordinal));

        status.Should().Be(HttpStatusCode.BadRequest);
        ((string?)error!["message"]).Should().Contain(named);
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, contact.Id)!.Properties.Should().NotContainKey("phone");
    }

    [Fact]
    public async Task Control_requests_need_no_token_and_stay_out_of_the_journal()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "j@example.com" });

        var (status, _) = await PostAsync(hs, $"__sandbox/hubspot/contacts/{contact.Id}/user-edit", """{"properties": {"phone": "2"}}""");

        status.Should().Be(HttpStatusCode.OK);
        hs.HubSpot.Journal.Entries.Should().BeEmpty();
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, contact.Id)!["phone"].Should().Be("2");
    }
}
