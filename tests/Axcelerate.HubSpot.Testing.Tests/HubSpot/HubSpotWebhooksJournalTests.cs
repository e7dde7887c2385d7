using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>
/// The sandbox's webhooks journal over HTTP: the client-credentials grant with its scope check, webhooks v4
/// subscriptions, and the global and local journal fed by record changes, kept 3 days on the sandbox clock.
/// </summary>
public sealed class HubSpotWebhooksJournalTests
{
    private const string Journal = "webhooks-journal/journal/2026-03";
    private const string AllScopes = "developer.webhooks_journal.read developer.webhooks_journal.subscriptions.read developer.webhooks_journal.subscriptions.write";

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static async Task<(HttpStatusCode Status, JsonNode? Body)> TokenAsync(HubSpotSandboxFixture hs, string scope, string secret = "sandbox-client-secret")
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "sandbox-client-id", ["client_secret"] = secret, ["scope"] = scope,
        });
        using var http = new HttpClient { BaseAddress = hs.HubSpot.BaseAddress };
        var response = await http.PostAsync("oauth/v1/token", form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text));
    }

    /// <summary>A fixture whose client carries a client-credentials token with the given scopes.</summary>
    private static async Task<HubSpotSandboxFixture> StartAsync(FakeTimeProvider clock, string scopes = AllScopes, Action<IntegrationSandboxOptions>? configure = null)
    {
        var hs = await HubSpotSandboxFixture.StartAsync(o =>
        {
            o.TimeProvider = clock;
            configure?.Invoke(o);
        });
        var (_, body) = await TokenAsync(hs, scopes);
        hs.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)body!["access_token"]!);
        return hs;
    }

    private static async Task RenewTokenAsync(HubSpotSandboxFixture hs)
    {
        var (_, body) = await TokenAsync(hs, AllScopes);
        hs.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)body!["access_token"]!);
    }

    private static async Task SubscribeContactsAsync(HubSpotSandboxFixture hs, params string[] properties)
    {
        var (response, _) = await hs.PostAsync("webhooks-journal/subscriptions/2026-03", new JsonObject
        {
            ["subscriptionType"] = "OBJECT", ["portalId"] = hs.HubSpot.Options.PortalId, ["objectTypeId"] = "0-1",
            ["actions"] = new JsonArray("CREATE", "UPDATE", "DELETE"), ["objectIds"] = new JsonArray(), ["properties"] = new JsonArray([.. properties.Select(p => (JsonNode)p)]),
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<JsonNode> FileAsync(HubSpotSandboxFixture hs, JsonNode fetch)
    {
        using var anonymous = new HttpClient(); // a pre-signed URL: no bearer token
        var response = await anonymous.GetAsync(new Uri((string)fetch["url"]!));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task The_client_credentials_grant_checks_the_secret_and_the_scopes_the_app_may_use()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();

        var wrongSecret = await TokenAsync(hs, "developer.webhooks_journal.read", "nope");
        var unknownScope = await TokenAsync(hs, "developer.webhooks_journal.read crm.objects.contacts.write");
        var noScope = await TokenAsync(hs, "");
        var granted = await TokenAsync(hs, "developer.webhooks_journal.read");

        wrongSecret.Status.Should().Be(HttpStatusCode.BadRequest);
        ((string?)wrongSecret.Body!["status"]).Should().Be("BAD_CLIENT_SECRET");
        unknownScope.Status.Should().Be(HttpStatusCode.BadRequest);
        ((string?)unknownScope.Body!["message"]).Should().Contain("crm.objects.contacts.write").And.NotContain("developer.webhooks_journal.read");
        noScope.Status.Should().Be(HttpStatusCode.BadRequest);
        granted.Status.Should().Be(HttpStatusCode.OK);
        ((int?)granted.Body!["expires_in"]).Should().Be(1800);
        granted.Body["refresh_token"].Should().BeNull("client credentials have no refresh token");

        // The token is for the journal only; the private-app token is not one.
        var token = (string)granted.Body["access_token"]!;
        hs.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await hs.GetAsync("crm/objects/2026-03/contacts")).Response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await hs.GetAsync($"{Journal}/earliest")).Response.StatusCode.Should().Be(HttpStatusCode.NoContent, "the journal is empty");
        hs.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hs.HubSpot.Options.AccessToken);
        (await hs.GetAsync($"{Journal}/earliest")).Response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_without_the_needed_scope_is_refused_with_the_scope_named()
    {
        await using var hs = await StartAsync(new FakeTimeProvider(Start), scopes: "developer.webhooks_journal.subscriptions.read");

        var read = await hs.GetAsync("webhooks-journal/subscriptions/2026-03");
        var write = await hs.PostAsync("webhooks-journal/subscriptions/2026-03", new JsonObject { ["portalId"] = 24_680_135, ["objectTypeId"] = "0-1", ["actions"] = new JsonArray("CREATE") });
        var journal = await hs.GetAsync($"{Journal}/latest");

        read.Response.StatusCode.Should().Be(HttpStatusCode.OK);
        write.Response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        write.Body!.ToJsonString().Should().Contain("developer.webhooks_journal.subscriptions.write");
        journal.Response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        journal.Body!.ToJsonString().Should().Contain("developer.webhooks_journal.read");
    }

    [Fact]
    public async Task Subscriptions_are_created_listed_updated_and_deleted_and_bad_ones_are_refused()
    {
        await using var hs = await StartAsync(new FakeTimeProvider(Start));
        var path = "webhooks-journal/subscriptions/2026-03";

        var created = await hs.PostAsync(path, new JsonObject { ["subscriptionType"] = "OBJECT", ["portalId"] = 24_680_135, ["objectTypeId"] = "0-3", ["actions"] = new JsonArray("CREATE") });
        var association = await hs.PostAsync(path, new JsonObject
        {
            ["subscriptionType"] = "ASSOCIATION", ["portalId"] = 24_680_135, ["objectTypeId"] = "0-3", ["actions"] = new JsonArray("ASSOCIATION_ADDED"), ["associatedObjectTypeIds"] = new JsonArray("0-1"),
        });
        var updated = await hs.PostAsync(path, new JsonObject { ["subscriptionType"] = "OBJECT", ["portalId"] = 24_680_135, ["objectTypeId"] = "0-3", ["actions"] = new JsonArray("CREATE", "DELETE") });
        var badAction = await hs.PostAsync(path, new JsonObject { ["subscriptionType"] = "OBJECT", ["portalId"] = 24_680_135, ["objectTypeId"] = "0-1", ["actions"] = new JsonArray("ASSOCIATION_ADDED") });
        var badType = await hs.PostAsync(path, new JsonObject { ["subscriptionType"] = "OBJECT", ["portalId"] = 24_680_135, ["objectTypeId"] = "0-99", ["actions"] = new JsonArray("CREATE") });
        var otherPortal = await hs.PostAsync(path, new JsonObject { ["subscriptionType"] = "OBJECT", ["portalId"] = 1, ["objectTypeId"] = "0-1", ["actions"] = new JsonArray("CREATE") });

        created.Response.StatusCode.Should().Be(HttpStatusCode.OK);
        ((long?)updated.Body!["id"]).Should().Be((long?)created.Body!["id"], "the same type and object type is updated, not duplicated");
        updated.Body["actions"]!.AsArray().Select(a => (string?)a).Should().Equal("CREATE", "DELETE");
        foreach (var (bad, words) in new[] { (badAction, "ASSOCIATION_ADDED"), (badType, "0-99"), (otherPortal, "portal 1") })
        {
            bad.Response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            ((string?)bad.Body!["message"]).Should().Contain(words);
        }

        var list = await hs.GetAsync(path);
        list.Body!["results"]!.AsArray().Select(s => (string?)s!["subscriptionType"]).Should().BeEquivalentTo(["OBJECT", "ASSOCIATION"]);
        (await hs.SendAsync(HttpMethod.Delete, $"{path}/{(long)association.Body!["id"]!}")).Response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await hs.SendAsync(HttpMethod.Delete, $"{path}/{(long)association.Body!["id"]!}")).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        hs.HubSpot.WebhooksJournal.Subscriptions.Should().ContainSingle();
    }

    [Fact]
    public async Task Record_changes_matching_a_subscription_are_journaled_one_entry_per_write_and_read_in_order()
    {
        await using var hs = await StartAsync(new FakeTimeProvider(Start));
        hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "before@example.com" });
        await SubscribeContactsAsync(hs, "firstname");
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "ada@example.com", ["firstname"] = "Ada" });
        hs.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, contact.Id, new Dictionary<string, string?> { ["firstname"] = "Adah", ["jobtitle"] = "Trainer" });
        hs.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, contact.Id, new Dictionary<string, string?> { ["jobtitle"] = "Lead trainer" }); // not watched
        hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Not subscribed" });
        hs.HubSpot.SimulateDelete(HubSpotObjectType.Contacts, contact.Id);

        var earliest = await hs.GetAsync($"{Journal}/earliest");
        var second = await hs.GetAsync($"{Journal}/offset/{(string)earliest.Body!["currentOffset"]!}/next");
        var third = await hs.GetAsync($"{Journal}/offset/{(string)second.Body!["currentOffset"]!}/next");
        var end = await hs.GetAsync($"{Journal}/offset/{(string)third.Body!["currentOffset"]!}/next");
        var latest = await hs.GetAsync($"{Journal}/latest");

        hs.HubSpot.WebhooksJournal.Offsets.Should().HaveCount(3, "the creation before subscribing, the unwatched edit and the company are not journaled");
        end.Response.StatusCode.Should().Be(HttpStatusCode.NoContent, "nothing was published after the last entry");
        ((string?)latest.Body!["currentOffset"]).Should().Be((string?)third.Body!["currentOffset"]);
        ((string?)earliest.Body["expiresAt"]).Should().Be("2026-03-01T09:15:00.000Z");

        var creation = await FileAsync(hs, earliest.Body);
        ((string?)creation["offset"]).Should().Be((string?)earliest.Body["currentOffset"]);
        var created = creation["journalEvents"]!.AsArray().Should().ContainSingle().Subject!;
        ((string?)created["type"], (string?)created["action"], (string?)created["objectTypeId"], (long?)created["objectId"]).Should().Be(("OBJECT", "CREATE", "0-1", long.Parse(contact.Id, System.Globalization.CultureInfo.InvariantCulture)));
        ((long?)created["portalId"], (string?)created["changeSource"], (string?)created["sourceId"]).Should().Be((24_680_135L, "CRM_UI", "userId:70000001"));
        created["propertyChanges"]!.AsArray().Select(p => (string?)p!["propertyName"]).Should().Equal("firstname");

        var update = (await FileAsync(hs, second.Body!))["journalEvents"]!.AsArray().Should().ContainSingle().Subject!;
        ((string?)update["action"]).Should().Be("UPDATE");
        update["propertyChanges"]!.ToJsonString().Should().Be("""[{"propertyName":"firstname","propertyValue":"Adah"}]""", "only the watched property");
        ((string?)(await FileAsync(hs, third.Body!))["journalEvents"]![0]!["action"]).Should().Be("DELETE");
    }

    [Fact]
    public async Task Batch_reads_return_several_entries_and_name_the_offsets_they_do_not_know()
    {
        await using var hs = await StartAsync(new FakeTimeProvider(Start));
        await SubscribeContactsAsync(hs);
        for (var i = 0; i < 4; i++)
        {
            hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = $"b{i}@example.com" });
        }

        var offsets = hs.HubSpot.WebhooksJournal.Offsets;
        var earliest = await hs.GetAsync($"{Journal}/batch/earliest/3");
        var latest = await hs.GetAsync($"{Journal}/batch/latest/2");
        var read = await hs.PostAsync($"{Journal}/batch/read", new JsonObject { ["inputs"] = new JsonArray(offsets[1], "00000000-0000-0000-0000-000000000000") });
        var zero = await hs.GetAsync($"{Journal}/batch/earliest/0");

        earliest.Body!["results"]!.AsArray().Select(r => (string?)r!["currentOffset"]).Should().Equal(offsets.Take(3));
        ((string?)earliest.Body["status"]).Should().Be("COMPLETE");
        latest.Body!["results"]!.AsArray().Select(r => (string?)r!["currentOffset"]).Should().Equal(offsets.Skip(2));
        read.Response.StatusCode.Should().Be(HttpStatusCode.MultiStatus);
        read.Body!["results"]!.AsArray().Select(r => (string?)r!["currentOffset"]).Should().Equal(offsets[1]);
        ((int?)read.Body["numErrors"]).Should().Be(1);
        zero.Response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_local_journal_serves_the_installed_portal_and_refuses_another()
    {
        await using var hs = await StartAsync(new FakeTimeProvider(Start));
        await SubscribeContactsAsync(hs);
        hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "local@example.com" });

        var local = await hs.GetAsync("webhooks-journal/journal-local/2026-03/earliest?installPortalId=24680135");
        var other = await hs.GetAsync("webhooks-journal/journal-local/2026-03/earliest?installPortalId=999");

        ((string?)local.Body!["currentOffset"]).Should().Be(hs.HubSpot.WebhooksJournal.Offsets[0]);
        other.Response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ((string?)other.Body!["message"]).Should().Contain("999");
    }

    [Fact]
    public async Task Entries_are_kept_three_days_and_an_expired_offset_answers_404()
    {
        var clock = new FakeTimeProvider(Start);
        await using var hs = await StartAsync(clock);
        await SubscribeContactsAsync(hs);
        hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "old@example.com" });
        var old = hs.HubSpot.WebhooksJournal.Offsets[0];
        clock.Advance(TimeSpan.FromDays(2));
        hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "young@example.com" });
        await RenewTokenAsync(hs); // the first token expired meanwhile
        var stale = await hs.GetAsync($"{Journal}/earliest"); // its file link lives 15 minutes

        clock.Advance(TimeSpan.FromDays(1));
        await RenewTokenAsync(hs);
        var next = await hs.GetAsync($"{Journal}/offset/{old}/next");
        var earliest = await hs.GetAsync($"{Journal}/earliest");

        next.Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ((string?)next.Body!["message"]).Should().Contain(old).And.Contain("3-day retention");
        ((string?)earliest.Body!["currentOffset"]).Should().NotBe(old).And.Be(hs.HubSpot.WebhooksJournal.Offsets.Single());
        using var anonymous = new HttpClient();
        (await anonymous.GetAsync(new Uri((string)stale.Body!["url"]!))).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a pre-signed link expires");
    }

    [Fact]
    public async Task Journal_reads_are_exempt_from_the_rate_limits()
    {
        await using var hs = await StartAsync(new FakeTimeProvider(Start), configure: o => o.HubSpot.TenSecondlyLimit = 3);
        await SubscribeContactsAsync(hs);
        hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "busy@example.com" });

        List<HttpStatusCode> statuses = [];
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await hs.GetAsync($"{Journal}/latest")).Response.StatusCode);
        }

        statuses.Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.OK));
        hs.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hs.HubSpot.Options.AccessToken);
        var crm = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            crm.Add((await hs.GetAsync("crm/objects/2026-03/contacts")).Response.StatusCode);
        }

        crm.Should().Contain(HttpStatusCode.TooManyRequests, "the CRM endpoints keep their limit");
    }

    [Fact]
    public async Task An_invalid_subscription_body_is_a_validation_error()
    {
        await using var hs = await StartAsync(new FakeTimeProvider(Start));
        using var content = new StringContent("{not json", Encoding.UTF8, "application/json");

        var response = await hs.Http.PostAsync("webhooks-journal/subscriptions/2026-03", content);
        var noPortal = await hs.PostAsync("webhooks-journal/subscriptions/2026-03", new JsonObject { ["objectTypeId"] = "0-1", ["actions"] = new JsonArray("CREATE") });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        noPortal.Response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string?)noPortal.Body!["message"]).Should().Contain("portalId");
    }
}
