using System.Net;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

public sealed class HubSpotObjectsTests
{
    [Theory]
    [InlineData("crm/objects/2026-03/contacts")]
    [InlineData("crm/v3/objects/contacts")]
    public async Task List_pages_with_after_until_no_paging_is_returned(string path)
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(demoData: new DemoDataOptions { HubSpotContacts = 25, HubSpotCompanies = 3, HubSpotDeals = 0 });

        List<string> ids = [];
        string? after = null;
        var pages = 0;
        do
        {
            var (response, body) = await hs.GetAsync($"{path}?limit=10" + (after is null ? string.Empty : $"&after={after}"));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var results = body!["results"]!.AsArray();
            results.Count.Should().BeLessThanOrEqualTo(10);
            ids.AddRange(results.Select(r => (string)r!["id"]!));
            results[0]!["properties"]!["email"].Should().NotBeNull("email is a default contact property");
            after = (string?)body["paging"]?["next"]?["after"];
            pages++;
        }
        while (after is not null);

        pages.Should().Be(3);
        ids.Should().OnlyHaveUniqueItems().And.HaveCount(hs.HubSpot.Contacts.Count);
    }

    [Fact]
    public async Task List_defaults_to_10_and_caps_the_limit_at_100()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(demoData: new DemoDataOptions { HubSpotContacts = 120 });

        var (_, byDefault) = await hs.GetAsync("crm/v3/objects/contacts");
        var (_, capped) = await hs.GetAsync("crm/v3/objects/contacts?limit=500");

        byDefault!["results"]!.AsArray().Count.Should().Be(10);
        capped!["results"]!.AsArray().Count.Should().Be(100);
    }

    [Fact]
    public async Task Create_get_by_email_update_clear_and_archive_round_trip_with_string_values_and_timestamps()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);

        var (created, createdBody) = await hs.PostAsync("crm/objects/2026-03/contacts", HubSpotSandboxFixture.Properties(("email", "olivia@example.com.au"), ("firstname", "Olivia"), ("phone", "0299998888")));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (string)createdBody!["id"]!;
        ((string?)createdBody["properties"]!["createdate"]).Should().Be("2026-03-01T09:00:00.000Z");

        clock.Advance(TimeSpan.FromMinutes(5));
        var (updated, updatedBody) = await hs.SendAsync(HttpMethod.Patch, $"crm/v3/objects/contacts/{id}", HubSpotSandboxFixture.Properties(("phone", string.Empty), ("lastname", "Nguyen")));
        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        ((string?)updatedBody!["updatedAt"]).Should().Be("2026-03-01T09:05:00.000Z");
        ((string?)updatedBody["properties"]!["lastmodifieddate"]).Should().Be("2026-03-01T09:05:00.000Z");

        var (byEmail, byEmailBody) = await hs.GetAsync("crm/v3/objects/contacts/olivia@example.com.au?idProperty=email&properties=phone,lastname,firstname");
        byEmail.StatusCode.Should().Be(HttpStatusCode.OK);
        ((string?)byEmailBody!["id"]).Should().Be(id);
        byEmailBody["properties"]!["phone"].Should().BeNull("an empty string clears the value");
        ((string?)byEmailBody["properties"]!["lastname"]).Should().Be("Nguyen");

        var (archived, _) = await hs.SendAsync(HttpMethod.Delete, $"crm/v3/objects/contacts/{id}");
        archived.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var (gone, goneBody) = await hs.GetAsync($"crm/v3/objects/contacts/{id}");
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ((string?)goneBody!["category"]).Should().Be("OBJECT_NOT_FOUND");
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, id)!.Archived.Should().BeTrue();
    }

    [Fact]
    public async Task Second_contact_with_an_existing_email_is_a_409_naming_the_existing_id()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var existing = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "jack@example.com.au" });

        var (response, body) = await hs.PostAsync("crm/v3/objects/contacts", HubSpotSandboxFixture.Properties(("email", "JACK@example.com.au")));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        ((string?)body!["category"]).Should().Be("CONFLICT");
        ((string?)body["message"]).Should().Be($"Contact already exists. Existing ID: {existing.Id}");
        ((string?)body["status"]).Should().Be("error");
        ((string?)body["correlationId"]).Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Deals_are_served_by_type_id_too_and_merge_archives_the_merged_record()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var (_, deal) = await hs.PostAsync("crm/objects/2026-03/0-3", HubSpotSandboxFixture.Properties(("dealname", "Cert IV enrolment"), ("amount", "1500")));
        ((string?)deal!["properties"]!["pipeline"]).Should().Be("default");
        var (listed, _) = await hs.GetAsync("crm/v3/objects/deals");
        listed.StatusCode.Should().Be(HttpStatusCode.OK);

        var a = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "a@example.com", ["firstname"] = "Ava" });
        var b = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "b@example.com", ["jobtitle"] = "Trainer" });
        var (merged, mergedBody) = await hs.PostAsync("crm/v3/objects/contacts/merge", new JsonObject { ["primaryObjectId"] = a.Id, ["objectIdToMerge"] = b.Id });

        // HubSpot's merge of contacts mints a new record; both old ids are archived and point at it.
        merged.StatusCode.Should().Be(HttpStatusCode.OK);
        var newId = (string)mergedBody!["id"]!;
        newId.Should().NotBe(a.Id).And.NotBe(b.Id);
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, newId)!["jobtitle"].Should().Be("Trainer");
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, a.Id)!.MergedIntoId.Should().Be(newId);
        hs.HubSpot.GetObject(HubSpotObjectType.Contacts, b.Id)!.MergedIntoId.Should().Be(newId);
    }

    [Fact]
    public async Task Seed_is_deterministic_for_the_same_seed()
    {
        var demo = new DemoDataOptions { Seed = 42, HubSpotContacts = 15, HubSpotCompanies = 4, HubSpotDeals = 6, HubSpotOwners = 3 };
        await using var first = await HubSpotSandboxFixture.StartAsync(demoData: demo);
        await using var second = await HubSpotSandboxFixture.StartAsync(demoData: demo);

        string Describe(Testing.HubSpot.HubSpotSandbox s) => string.Join("|", s.Contacts.Concat(s.Companies).Concat(s.Deals)
            .Select(r => r.Id + ":" + string.Join(",", r.Properties.Where(p => p.Key is not ("createdate" or "lastmodifieddate" or "hs_lastmodifieddate")).OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))));

        Describe(first.HubSpot).Should().Be(Describe(second.HubSpot));
        first.HubSpot.Deals.Should().HaveCount(6).And.OnlyContain(d => d["pipeline"] == "default" && d["dealstage"] != null);
        first.HubSpot.Contacts.Should().OnlyContain(c => c["email"] != null && c["hubspot_owner_id"] != null);
        first.HubSpot.GetAssociatedIds(HubSpotObjectType.Deals, first.HubSpot.Deals[0].Id, HubSpotObjectType.Contacts).Should().ContainSingle();
    }

    [Fact]
    public async Task Writing_a_property_the_portal_does_not_define_is_a_validation_error_until_it_is_created()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();

        var (rejected, body) = await hs.PostAsync("crm/v3/objects/contacts", HubSpotSandboxFixture.Properties(("email", "u@example.com"), ("usi", "ABC1234567")));
        rejected.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)body!["category"]).Should().Be("VALIDATION_ERROR");
        ((string?)body["message"]).Should().Contain("PROPERTY_DOESNT_EXIST").And.Contain("usi");
        hs.HubSpot.Contacts.Should().BeEmpty();

        hs.HubSpot.AddProperty(HubSpotObjectType.Contacts, new Testing.HubSpot.Properties.HubSpotPropertyDefinition("usi", "USI", "string", "text", "contactinformation"));
        var (accepted, _) = await hs.PostAsync("crm/v3/objects/contacts", HubSpotSandboxFixture.Properties(("email", "u@example.com"), ("usi", "ABC1234567")));
        accepted.StatusCode.Should().Be(HttpStatusCode.Created);
    }
}
