using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

public sealed class HubSpotMergeTests
{
    private static string Id(JsonNode? node) => ((long)node!).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Merging_contacts_mints_a_new_record_that_both_old_ids_resolve_to()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var primary = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "ava@example.com", ["firstname"] = "Ava" });
        var other = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "ava.old@example.com", ["firstname"] = "Eva", ["jobtitle"] = "Trainer" });
        var company = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Merge RTO" });
        hs.HubSpot.Associate(HubSpotObjectType.Contacts, other.Id, HubSpotObjectType.Companies, company.Id);

        var (response, body) = await hs.PostAsync("crm/v3/objects/contacts/merge", new JsonObject { ["primaryObjectId"] = primary.Id, ["objectIdToMerge"] = other.Id });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var newId = (string)body!["id"]!;
        newId.Should().NotBe(primary.Id).And.NotBe(other.Id);
        ((string?)body["properties"]!["hs_merged_object_ids"]).Should().Be($"{primary.Id};{other.Id}");
        foreach (var oldId in new[] { primary.Id, other.Id })
        {
            var (get, record) = await hs.GetAsync($"crm/v3/objects/contacts/{oldId}?properties=firstname,jobtitle,hs_merged_object_ids");
            get.StatusCode.Should().Be(HttpStatusCode.OK, $"old id {oldId} resolves to the merged record");
            ((string?)record!["id"]).Should().Be(newId);
            ((string?)record["properties"]!["firstname"]).Should().Be("Ava", "the primary's values win");
            ((string?)record["properties"]!["jobtitle"]).Should().Be("Trainer", "empty primary values are filled");
        }

        hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Contacts, newId, HubSpotObjectType.Companies).Should().Equal(company.Id);
        hs.HubSpot.GetAssociatedIds(HubSpotObjectType.Companies, company.Id, HubSpotObjectType.Contacts).Should().Equal(newId);
        hs.HubSpot.Contacts.Select(c => c.Id).Should().Equal(newId);
    }

    [Fact]
    public async Task A_merge_fires_the_merge_event_with_a_new_object_id_and_deletions_for_both_old_ids_but_no_property_changes()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var a = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "A" });
        var b = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "B", ["domain"] = "b.example.com" });
        var options = new HubSpotWebhookOptions { AutoDeliverInterval = null };
        foreach (var subscribed in HubSpotWebhookEvent.RecordEvents(HubSpotObjectType.Companies))
        {
            options.Events.Add(subscribed);
        }

        options.Events.Add(HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Companies, "domain"));
        hs.HubSpot.SubscribeWebhooks(receiver.Url, "secret", options);

        var merged = hs.HubSpot.SimulateMerge(HubSpotObjectType.Companies, a.Id, b.Id);
        await hs.HubSpot.DeliverPendingWebhooksAsync();

        var events = receiver.Received.SelectMany(r => JsonNode.Parse(r.Body)!.AsArray()).Select(e => e!).ToList();
        var merge = events.Single(e => (string?)e["subscriptionType"] == "company.merge");
        Id(merge["primaryObjectId"]).Should().Be(a.Id);
        Id(merge["newObjectId"]).Should().Be(merged.Id).And.NotBe(a.Id);
        merge["mergedObjectIds"]!.AsArray().Select(Id).Should().BeEquivalentTo([a.Id, b.Id]);
        events.Where(e => (string?)e["subscriptionType"] == "company.deletion").Select(e => Id(e["objectId"])).Should().BeEquivalentTo([a.Id, b.Id]);
        events.Should().NotContain(e => (string?)e["subscriptionType"] == "company.propertyChange", "HubSpot fires no property changes for merged values");
        merged["domain"].Should().Be("b.example.com");
    }

    [Fact]
    public async Task Merging_deals_keeps_the_primary_id()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var a = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "A" });
        var b = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "B", ["amount"] = "10" });

        var c = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "C" });

        var merged = hs.HubSpot.SimulateMerge(HubSpotObjectType.Deals, a.Id, b.Id);
        var again = hs.HubSpot.SimulateMerge(HubSpotObjectType.Deals, a.Id, c.Id);

        merged.Id.Should().Be(a.Id);
        merged["amount"].Should().Be("10");
        hs.HubSpot.GetObject(HubSpotObjectType.Deals, b.Id)!.MergedIntoId.Should().Be(a.Id);
        again["hs_merged_object_ids"].Should().Be($"{b.Id};{c.Id}", "earlier merged ids are kept");
    }

    [Fact]
    public async Task A_record_merged_twice_is_still_reached_from_its_first_ids()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var a = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "A" });
        var b = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "B" });
        var c = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "C" });

        var first = hs.HubSpot.SimulateMerge(HubSpotObjectType.Companies, a.Id, b.Id);
        var second = hs.HubSpot.SimulateMerge(HubSpotObjectType.Companies, c.Id, first.Id);
        var (response, body) = await hs.GetAsync($"crm/v3/objects/companies/{a.Id}?properties=name,hs_merged_object_ids");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ((string?)body!["id"]).Should().Be(second.Id);
        ((string?)body["properties"]!["name"]).Should().Be("C");
        ((string?)body["properties"]!["hs_merged_object_ids"])!.Split(';').Should().BeEquivalentTo([a.Id, b.Id, c.Id, first.Id]);
    }

    [Fact]
    public async Task Merging_contacts_with_different_primary_companies_keeps_one_primary_company_the_primary_contacts()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var primary = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "kim@example.com" });
        var other = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "kim.old@example.com" });
        var first = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Primary RTO" });
        var second = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Other RTO" });
        hs.HubSpot.Associate(HubSpotObjectType.Contacts, primary.Id, HubSpotObjectType.Companies, first.Id);
        hs.HubSpot.Associate(HubSpotObjectType.Contacts, other.Id, HubSpotObjectType.Companies, second.Id);

        var merged = hs.HubSpot.SimulateMerge(HubSpotObjectType.Contacts, primary.Id, other.Id);
        var (response, body) = await hs.GetAsync($"crm/v4/objects/contacts/{merged.Id}/associations/companies");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rows = body!["results"]!.AsArray();
        rows.Select(r => (string)r!["toObjectId"]!.ToString()).Should().BeEquivalentTo([first.Id, second.Id], "both companies stay associated");
        var primaries = rows.Where(r => r!["associationTypes"]!.AsArray().Any(t => (string?)t!["label"] == "Primary")).Select(r => r!["toObjectId"]!.ToString()).ToList();
        primaries.Should().Equal([first.Id], "a contact has one primary company, and the primary contact's wins");
    }
}
