using System.Net;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

public sealed class HubSpotBatchAndSearchTests
{
    private static JsonObject Inputs(IEnumerable<JsonNode> inputs) => new() { ["inputs"] = new JsonArray([.. inputs]) };

    private static JsonObject Filter(string property, string op, string? value = null, string? high = null, params string[] values)
    {
        var filter = new JsonObject { ["propertyName"] = property, ["operator"] = op };
        if (value is not null)
        {
            filter["value"] = value;
        }

        if (high is not null)
        {
            filter["highValue"] = high;
        }

        if (values.Length > 0)
        {
            filter["values"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }

        return filter;
    }

    private static JsonObject Search(params JsonObject[][] groups) => new()
    {
        ["filterGroups"] = new JsonArray([.. groups.Select(g => (JsonNode)new JsonObject { ["filters"] = new JsonArray([.. g]) })]),
        ["properties"] = new JsonArray("email", "firstname", "amount"),
        ["limit"] = 200,
    };

    [Fact]
    public async Task Batch_over_100_inputs_is_rejected_with_hubspots_validation_error()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();

        var (response, body) = await hs.PostAsync("crm/v3/objects/contacts/batch/create", Inputs(Enumerable.Range(0, 101).Select(i => (JsonNode)HubSpotSandboxFixture.Properties(("email", $"p{i}@example.com")))));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)body!["category"]).Should().Be("VALIDATION_ERROR");
        ((string?)body["message"]).Should().Be("The maximum number of inputs supported in a batch is 100. Please reduce the number of items and try again");
        hs.HubSpot.Contacts.Should().BeEmpty();
    }

    [Fact]
    public async Task Batch_create_with_a_duplicate_is_207_and_still_creates_the_rest()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var existing = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "taken@example.com" });

        var (response, body) = await hs.PostAsync("crm/objects/2026-03/contacts/batch/create", Inputs(
        [
            HubSpotSandboxFixture.Properties(("email", "new1@example.com")),
            HubSpotSandboxFixture.Properties(("email", "taken@example.com")),
            HubSpotSandboxFixture.Properties(("email", "new2@example.com")),
        ]));

        response.StatusCode.Should().Be(HttpStatusCode.MultiStatus);
        body!["results"]!.AsArray().Should().HaveCount(2);
        ((int)body["numErrors"]!).Should().Be(1);
        ((string?)body["errors"]![0]!["category"]).Should().Be("CONFLICT");
        ((string?)body["errors"]![0]!["message"]).Should().Be($"Contact already exists. Existing ID: {existing.Id}");
        hs.HubSpot.Contacts.Should().HaveCount(3);
    }

    [Fact]
    public async Task Batch_read_reports_missing_ids_and_upsert_by_email_marks_new_records()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var a = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "a@example.com", ["firstname"] = "Ann" });

        var (read, readBody) = await hs.PostAsync("crm/v3/objects/contacts/batch/read", new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject { ["id"] = a.Id }, new JsonObject { ["id"] = "999999" }),
            ["properties"] = new JsonArray("firstname"),
        });
        read.StatusCode.Should().Be(HttpStatusCode.MultiStatus);
        ((string?)readBody!["results"]![0]!["properties"]!["firstname"]).Should().Be("Ann");
        ((string?)readBody["errors"]![0]!["category"]).Should().Be("OBJECT_NOT_FOUND");
        ((string?)readBody["errors"]![0]!["context"]!["ids"]![0]).Should().Be("999999");

        var (upsert, upsertBody) = await hs.PostAsync("crm/v3/objects/contacts/batch/upsert", Inputs(
        [
            new JsonObject { ["id"] = "a@example.com", ["idProperty"] = "email", ["properties"] = new JsonObject { ["lastname"] = "Lee" } },
            new JsonObject { ["id"] = "b@example.com", ["idProperty"] = "email", ["properties"] = new JsonObject { ["lastname"] = "Bo" } },
        ]));
        upsert.StatusCode.Should().Be(HttpStatusCode.OK);
        var upserted = upsertBody!["results"]!.AsArray(); // in no particular order, as in HubSpot: pair by id
        upserted.Should().ContainSingle(r => (string)r!["id"]! == a.Id).Which!["new"]!.GetValue<bool>().Should().BeFalse();
        upserted.Should().ContainSingle(r => (string)r!["id"]! != a.Id).Which!["new"]!.GetValue<bool>().Should().BeTrue();
        hs.HubSpot.Contacts.Should().Contain(c => c["email"] == "b@example.com" && c["lastname"] == "Bo");
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, a.Id)!["lastname"].Should().Be("Lee");
    }

    [Fact]
    public async Task Search_operators_select_the_right_records()
    {
        // Opt-out: this test fires a dozen raw searches back to back to check operators, not HubSpot's 5-per-second search limit.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.HubSpot.SearchPerSecondLimit = null;
        });
        foreach (var (email, first, amount) in new[] { ("ann@rto.edu.au", "Ann", "10"), ("bob@rto.edu.au", "Bob", "20"), ("cat@other.com", "Cat", "30"), ("dan@other.com", null, "40") })
        {
            var props = new Dictionary<string, string?> { ["email"] = email, ["firstname"] = first, ["amount"] = amount };
            hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, props);
        }

        clock.Advance(hs.HubSpot.Options.SearchLag); // search sees the writes once the index has caught up

        async Task<string[]> Emails(JsonObject search)
        {
            var (response, body) = await hs.PostAsync("crm/v3/objects/contacts/search", search);
            response.StatusCode.Should().Be(HttpStatusCode.OK, body?.ToJsonString());
            return [.. body!["results"]!.AsArray().Select(r => (string)r!["properties"]!["email"]!).Order()];
        }

        (await Emails(Search([Filter("email", "EQ", "ANN@rto.edu.au")]))).Should().Equal("ann@rto.edu.au");
        (await Emails(Search([Filter("email", "NEQ", "ann@rto.edu.au")]))).Should().HaveCount(3);
        (await Emails(Search([Filter("amount", "LT", "20")]))).Should().Equal("ann@rto.edu.au");
        (await Emails(Search([Filter("amount", "LTE", "20")]))).Should().HaveCount(2);
        (await Emails(Search([Filter("amount", "GT", "30")]))).Should().Equal("dan@other.com");
        (await Emails(Search([Filter("amount", "GTE", "30")]))).Should().HaveCount(2);
        (await Emails(Search([Filter("amount", "BETWEEN", "15", "35")]))).Should().Equal("bob@rto.edu.au", "cat@other.com");
        (await Emails(Search([Filter("firstname", "IN", values: ["ann", "cat"])]))).Should().Equal("ann@rto.edu.au", "cat@other.com");
        (await Emails(Search([Filter("firstname", "NOT_IN", values: ["ann", "cat"])]))).Should().Equal("bob@rto.edu.au", "dan@other.com");
        (await Emails(Search([Filter("firstname", "HAS_PROPERTY")]))).Should().HaveCount(3);
        (await Emails(Search([Filter("firstname", "NOT_HAS_PROPERTY")]))).Should().Equal("dan@other.com");
        (await Emails(Search([Filter("email", "CONTAINS_TOKEN", "OTHER")]))).Should().Equal("cat@other.com", "dan@other.com");
        (await Emails(Search([Filter("email", "CONTAINS_TOKEN", "*@rto.edu.au")]))).Should().Equal("ann@rto.edu.au", "bob@rto.edu.au");
        (await Emails(Search([Filter("amount", "GT", "15"), Filter("email", "CONTAINS_TOKEN", "rto")], [Filter("firstname", "EQ", "Ann")])))
            .Should().Equal("ann@rto.edu.au", "bob@rto.edu.au");
    }

    [Fact]
    public async Task Search_validates_limit_filter_counts_and_stops_at_10000_results()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();

        var tooManyGroups = Search([.. Enumerable.Range(0, 6).Select(_ => new[] { Filter("email", "HAS_PROPERTY") })]);
        var (groups, groupsBody) = await hs.PostAsync("crm/v3/objects/contacts/search", tooManyGroups);
        groups.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)groupsBody!["category"]).Should().Be("VALIDATION_ERROR");

        var (filters, _) = await hs.PostAsync("crm/v3/objects/contacts/search", Search([.. Enumerable.Range(0, 7).Select(_ => Filter("email", "HAS_PROPERTY"))]));
        filters.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var (total, _) = await hs.PostAsync("crm/v3/objects/contacts/search", Search([.. Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 5).Select(_ => Filter("email", "HAS_PROPERTY")).ToArray())]));
        total.StatusCode.Should().Be(HttpStatusCode.BadRequest, "20 filters is more than the 18 allowed");

        var (limit, _) = await hs.PostAsync("crm/v3/objects/contacts/search", new JsonObject { ["limit"] = 201 });
        limit.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var (cap, capBody) = await hs.PostAsync("crm/v3/objects/contacts/search", new JsonObject { ["limit"] = 200, ["after"] = "10000" });
        cap.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)capBody!["category"]).Should().Be("VALIDATION_ERROR");
    }

    [Fact]
    public async Task Search_pages_with_after_and_sorts()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        for (var i = 0; i < 25; i++)
        {
            hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = $"Deal {i}", ["amount"] = (i * 10).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        clock.Advance(hs.HubSpot.Options.SearchLag);

        var request = new JsonObject { ["limit"] = 10, ["sorts"] = new JsonArray(new JsonObject { ["propertyName"] = "amount", ["direction"] = "DESCENDING" }) };
        var (_, first) = await hs.PostAsync("crm/objects/2026-03/deals/search", request);
        ((int)first!["total"]!).Should().Be(25);
        ((string?)first["results"]![0]!["properties"]!["amount"]).Should().Be("240");
        var after = (string)first["paging"]!["next"]!["after"]!;
        after.Should().Be("10");

        request["after"] = "20";
        var (_, last) = await hs.PostAsync("crm/objects/2026-03/deals/search", request);
        last!["results"]!.AsArray().Should().HaveCount(5);
        last["paging"].Should().BeNull();
    }

    [Fact]
    public async Task Search_sees_writes_only_after_the_configured_lag()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.HubSpot.SearchLag = TimeSpan.FromSeconds(5);
        });
        var (created, _) = await hs.PostAsync("crm/v3/objects/contacts", HubSpotSandboxFixture.Properties(("email", "lag@example.com")));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var search = Search([Filter("email", "EQ", "lag@example.com")]);

        var (_, before) = await hs.PostAsync("crm/v3/objects/contacts/search", search);
        clock.Advance(TimeSpan.FromSeconds(5));
        var (_, after) = await hs.PostAsync("crm/v3/objects/contacts/search", search);

        ((int)before!["total"]!).Should().Be(0);
        ((int)after!["total"]!).Should().Be(1);
    }

    [Fact]
    public async Task Search_finds_records_by_associated_record_id_once_the_association_is_indexed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "x@example.com" });
        var mine = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Mine" });
        hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Other" });
        clock.Advance(hs.HubSpot.Options.SearchLag);
        hs.HubSpot.Associate(HubSpotObjectType.Deals, mine.Id, HubSpotObjectType.Contacts, contact.Id);
        var search = Search([Filter("associations.contact", "EQ", contact.Id)]);

        var (_, before) = await hs.PostAsync("crm/v3/objects/deals/search", search);
        clock.Advance(hs.HubSpot.Options.SearchLag);
        var (_, after) = await hs.PostAsync("crm/v3/objects/deals/search", search);

        before!["results"]!.AsArray().Should().BeEmpty("the association is younger than the search lag");
        ((string?)after!["results"]!.AsArray().Should().ContainSingle().Subject!["id"]).Should().Be(mine.Id);
    }

    [Fact]
    public async Task Batch_read_with_property_history_is_limited_to_50_inputs()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var inputs = new JsonArray([.. Enumerable.Range(1, 51).Select(i => (JsonNode)new JsonObject { ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })]);

        var (response, body) = await hs.PostAsync("crm/v3/objects/contacts/batch/read", new JsonObject { ["inputs"] = inputs, ["propertiesWithHistory"] = new JsonArray("email") });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)body!["message"]).Should().Be("The maximum number of inputs supported in a batch request for property histories is 50");
    }
}
