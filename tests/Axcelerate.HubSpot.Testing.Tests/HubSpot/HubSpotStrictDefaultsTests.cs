using System.Net;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>What the sandbox does by default like production HubSpot, and the option that relaxes each.</summary>
public sealed class HubSpotStrictDefaultsTests
{
    private static JsonObject Inputs(IEnumerable<JsonNode> inputs) => new() { ["inputs"] = new JsonArray([.. inputs]) };

    private static JsonObject Create(int i) => new()
    {
        ["properties"] = new JsonObject { ["email"] = $"p{i}@example.com" },
        ["objectWriteTraceId"] = $"t{i}",
    };

    private static List<string> Emails(JsonNode? body) => [.. body!["results"]!.AsArray().Select(r => (string)r!["properties"]!["email"]!)];

    [Fact]
    public async Task Batch_results_come_back_shuffled_without_trace_ids_unless_relaxed()
    {
        await using var strict = await HubSpotSandboxFixture.StartAsync();
        await using var relaxed = await HubSpotSandboxFixture.StartAsync(o =>
        {
            o.HubSpot.ShuffleBatchResults = false; // relaxed on purpose: this half shows the opt-outs
            o.HubSpot.EchoBatchTraceIds = true;
        });
        var inputs = Inputs(Enumerable.Range(0, 50).Select(i => (JsonNode)Create(i)));
        var expected = Enumerable.Range(0, 50).Select(i => $"p{i}@example.com").ToList();

        var (_, shuffled) = await strict.PostAsync("crm/v3/objects/contacts/batch/create", inputs.DeepClone());
        var (_, ordered) = await relaxed.PostAsync("crm/v3/objects/contacts/batch/create", inputs.DeepClone());

        Emails(shuffled).Should().BeEquivalentTo(expected).And.NotEqual(expected);
        shuffled!["results"]!.AsArray().Should().OnlyContain(r => r!["objectWriteTraceId"] == null);
        Emails(ordered).Should().Equal(expected);
        ordered!["results"]!.AsArray().Select(r => (string)r!["objectWriteTraceId"]!).Should().Equal(Enumerable.Range(0, 50).Select(i => $"t{i}"));
    }

    [Fact]
    public async Task A_repeated_id_refuses_the_whole_request_with_HubSpots_duplicate_ids_body()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();

        var (response, body) = await hs.PostAsync("crm/v3/objects/contacts/batch/upsert", Inputs(
        [
            new JsonObject { ["id"] = "a@example.com", ["idProperty"] = "email", ["properties"] = new JsonObject { ["firstname"] = "A" } },
            new JsonObject { ["id"] = "b@example.com", ["idProperty"] = "email", ["properties"] = new JsonObject { ["firstname"] = "B" } },
            new JsonObject { ["id"] = "A@Example.com", ["idProperty"] = "email", ["properties"] = new JsonObject { ["firstname"] = "A2" } },
        ]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)body!["category"]).Should().Be("VALIDATION_ERROR");
        ((string?)body["message"]).Should().Be("Duplicate IDs found in batch input: [a@example.com]. IDs must be unique");
        body["context"]!["ids"]!.AsArray().Select(i => (string?)i).Should().Equal("a@example.com");
        hs.HubSpot.Contacts.Should().BeEmpty("nothing of a refused request is written");
    }

    [Fact]
    public async Task IdProperty_rules_follow_HubSpot_unless_relaxed()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        await using var relaxed = await HubSpotSandboxFixture.StartAsync(o => o.HubSpot.EnforceIdPropertyRules = false); // shows the opt-out
        foreach (var sandbox in new[] { hs, relaxed })
        {
            sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "a@example.com", ["firstname"] = "Ann" });
        }

        var updateByEmail = Inputs([new JsonObject { ["id"] = "a@example.com", ["idProperty"] = "email", ["properties"] = new JsonObject { ["lastname"] = "Lee" } }]);
        var upsertByFirstname = Inputs([new JsonObject { ["id"] = "Ann", ["idProperty"] = "firstname", ["properties"] = new JsonObject { ["lastname"] = "Lee" } }]);

        var (update, updateBody) = await hs.PostAsync("crm/v3/objects/contacts/batch/update", updateByEmail.DeepClone());
        var (upsert, _) = await hs.PostAsync("crm/v3/objects/contacts/batch/upsert", upsertByFirstname.DeepClone());
        var (get, _) = await hs.GetAsync("crm/v3/objects/contacts/Ann?idProperty=firstname");
        var (getByEmail, _) = await hs.GetAsync("crm/v3/objects/contacts/A@EXAMPLE.COM?idProperty=email");
        var (relaxedUpdate, _) = await relaxed.PostAsync("crm/v3/objects/contacts/batch/update", updateByEmail.DeepClone());

        update.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)updateBody!["message"]).Should().Be("Unable to perform update/upsert by non-unique 0-1 property email");
        upsert.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        get.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        getByEmail.StatusCode.Should().Be(HttpStatusCode.OK, "email works on single get, case-insensitively");
        relaxedUpdate.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_conflict_inside_a_207_names_the_existing_id_and_emails_are_stored_lower_cased()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var existing = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "Jo.Smith@Example.com" });

        var (response, body) = await hs.PostAsync("crm/objects/2026-03/contacts/batch/create", Inputs([Create(1), new JsonObject { ["properties"] = new JsonObject { ["email"] = "jo.smith@example.COM" }, ["objectWriteTraceId"] = "dup" }]));

        existing["email"].Should().Be("jo.smith@example.com");
        response.StatusCode.Should().Be(HttpStatusCode.MultiStatus);
        var error = body!["errors"]!.AsArray().Should().ContainSingle().Subject!;
        ((string?)error["category"]).Should().Be("CONFLICT");
        error["context"]!["existingId"]!.AsArray().Select(i => (string?)i).Should().Equal(existing.Id);
        error["context"]!["objectWriteTraceId"]!.AsArray().Select(i => (string?)i).Should().Equal("dup");
    }

    [Fact]
    public async Task Invalid_values_are_refused_with_every_problem_listed_by_code_and_property()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(demoData: new Testing.DemoData.DemoDataOptions { HubSpotOwners = 2, HubSpotContacts = 0, HubSpotCompanies = 0, HubSpotDeals = 0 });

        var (contact, contactBody) = await hs.PostAsync("crm/v3/objects/contacts", HubSpotSandboxFixture.Properties(
            ("email", "not-an-email"), ("lifecyclestage", "Customer"), ("date_of_birth", "1990-05-01T10:00:00Z"),
            ("hubspot_owner_id", "12345"), ("lastmodifieddate", "2026-01-01T00:00:00Z"), ("firstname", "Valid")));
        var (deal, dealBody) = await hs.PostAsync("crm/v3/objects/deals", HubSpotSandboxFixture.Properties(
            ("dealname", "D"), ("pipeline", "default"), ("dealstage", "1012"), ("amount", "lots"), ("closedate", "next week")));
        var (valid, _) = await hs.PostAsync("crm/v3/objects/deals", HubSpotSandboxFixture.Properties(
            ("dealname", "D"), ("pipeline", "75e28846-ad0d-4be2-a027-5e1da6590b98"), ("dealstage", "1012"), ("amount", "1500.50"),
            ("closedate", "1767225600000"), ("hubspot_owner_id", hs.HubSpot.Owners[0].Id)));

        static IEnumerable<(string?, string?)> Problems(JsonNode? body) => body!["errors"]!.AsArray().Select(e => ((string?)e!["code"], (string?)e["context"]!["propertyName"]![0]));

        contact.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)contactBody!["category"]).Should().Be("VALIDATION_ERROR");
        Problems(contactBody).Should().BeEquivalentTo(new (string?, string?)[]
        {
            ("INVALID_EMAIL", "email"), ("INVALID_OPTION", "lifecyclestage"), ("INVALID_DATE", "date_of_birth"),
            ("INVALID_OPTION", "hubspot_owner_id"), ("READ_ONLY_VALUE", "lastmodifieddate"),
        });
        ((string?)contactBody["message"]).Should().Contain("Customer was not one of the allowed options");
        Problems(dealBody).Should().BeEquivalentTo(new (string?, string?)[] { ("INVALID_OPTION", "dealstage"), ("INVALID_INTEGER", "amount"), ("INVALID_DATETIME", "closedate") });
        deal.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        valid.StatusCode.Should().Be(HttpStatusCode.Created);
        hs.HubSpot.Contacts.Should().BeEmpty();
    }

    [Fact]
    public async Task Relaxed_values_only_check_that_properties_exist()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.HubSpot.ValidatePropertyValues = false); // shows the opt-out

        var (created, _) = await hs.PostAsync("crm/v3/objects/contacts", HubSpotSandboxFixture.Properties(("email", "x@example.com"), ("lifecyclestage", "Whatever")));
        var (unknown, _) = await hs.PostAsync("crm/v3/objects/contacts", HubSpotSandboxFixture.Properties(("email", "y@example.com"), ("nope", "1")));

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_matches_like_HubSpot_enumerations_exactly_IN_lower_case_only_and_strings_as_text()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        var lead = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "Ann@Example.com", ["lifecyclestage"] = "lead", ["zip"] = "0800" });
        hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "bob@example.com", ["lifecyclestage"] = "customer", ["zip"] = "800" });
        clock.Advance(hs.HubSpot.Options.SearchLag);

        async Task<int> CountAsync(string property, string op, string? value = null, params string[] values)
        {
            clock.Advance(TimeSpan.FromSeconds(1)); // one search per sandbox second: HubSpot's 5-per-second search limit is on
            var filter = new JsonObject { ["propertyName"] = property, ["operator"] = op };
            if (value is not null)
            {
                filter["value"] = value;
            }

            if (values.Length > 0)
            {
                filter["values"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
            }

            var (response, body) = await hs.PostAsync("crm/v3/objects/contacts/search", new JsonObject { ["filterGroups"] = new JsonArray(new JsonObject { ["filters"] = new JsonArray(filter) }) });
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            return (int)body!["total"]!;
        }

        (await CountAsync("lifecyclestage", "EQ", "lead")).Should().Be(1);
        (await CountAsync("lifecyclestage", "EQ", "LEAD")).Should().Be(0, "enumerations are case-sensitive");
        (await CountAsync("email", "IN", values: ["ann@example.com"])).Should().Be(1);
        (await CountAsync("email", "IN", values: ["Ann@Example.com"])).Should().Be(0, "IN on strings matches lower-case values only");
        (await CountAsync("email", "EQ", "ANN@example.com")).Should().Be(1, "EQ on strings ignores case");
        (await CountAsync("zip", "EQ", "800")).Should().Be(1, "0800 and 800 are different strings");
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, lead.Id)!["email"].Should().Be("ann@example.com");
    }

    [Fact]
    public async Task Search_lags_a_few_seconds_by_default_on_the_sandbox_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "lag@example.com" });
        var search = new JsonObject { ["limit"] = 10 };

        var (_, now) = await hs.PostAsync("crm/v3/objects/contacts/search", search.DeepClone());
        clock.Advance(TimeSpan.FromSeconds(2));
        var (_, soon) = await hs.PostAsync("crm/v3/objects/contacts/search", search.DeepClone());
        clock.Advance(TimeSpan.FromSeconds(1));
        var (_, later) = await hs.PostAsync("crm/v3/objects/contacts/search", search.DeepClone());

        hs.HubSpot.Options.SearchLag.Should().BeGreaterThan(TimeSpan.Zero);
        ((int)now!["total"]!).Should().Be(0);
        ((int)soon!["total"]!).Should().Be(0);
        ((int)later!["total"]!).Should().Be(1);
    }
}
