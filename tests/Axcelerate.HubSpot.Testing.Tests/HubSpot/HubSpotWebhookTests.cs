using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

public sealed class HubSpotWebhookTests
{
    private const string Secret = "test-client-secret";

    private static HubSpotWebhookOptions Manual(params HubSpotWebhookEvent[] events)
    {
        var options = new HubSpotWebhookOptions { AutoDeliverInterval = null };
        foreach (var subscribed in events)
        {
            options.Events.Add(subscribed);
        }

        return options;
    }

    // Computed independently from HubSpot's documented v3 algorithm, over the URI with HubSpot's listed escapes decoded.
    private static string ExpectedV3(string method, string uri, string body, string timestamp)
    {
        foreach (var (escape, character) in new[] { ("%3A", ":"), ("%2F", "/"), ("%3F", "?"), ("%40", "@"), ("%21", "!"), ("%24", "$"), ("%27", "'"), ("%28", "("), ("%29", ")"), ("%2A", "*"), ("%2C", ","), ("%3B", ";") })
        {
            uri = uri.Replace(escape, character, StringComparison.OrdinalIgnoreCase);
        }

        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(method + uri + body + timestamp)));
    }

    private static string ExpectedV3(ReceivedWebhook hook) => ExpectedV3(hook.Method, hook.Uri, hook.Body, hook.Headers["X-HubSpot-Request-Timestamp"]);

    private static List<JsonNode> Events(WebhookReceiver receiver) => [.. receiver.Received.SelectMany(r => JsonNode.Parse(r.Body)!.AsArray()).Select(e => e!)];

    private static string Id(JsonNode? node) => ((long)node!).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Api_changes_arrive_as_INTEGRATION_changes_of_the_app_signed_verifiably_with_the_v3_algorithm()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, Manual(
            HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts),
            HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "email"),
            HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "firstname")));

        var (_, created) = await hs.PostAsync("crm/v3/objects/contacts", HubSpotSandboxFixture.Properties(("email", "hook@example.com"), ("firstname", "Mia")));
        var id = (string)created!["id"]!;
        (await hs.HubSpot.DeliverPendingWebhooksAsync()).Should().Be(1);

        var hook = receiver.Received.Should().ContainSingle().Subject;
        hook.Headers["X-HubSpot-Signature-v3"].Should().Be(ExpectedV3(hook));
        hook.Headers["X-HubSpot-Request-Timestamp"].Should().Be(clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        hook.Headers.Should().ContainKey("X-HubSpot-Signature-Version");
        var events = JsonNode.Parse(hook.Body)!.AsArray();
        var appId = hs.HubSpot.Options.AppId.ToString(CultureInfo.InvariantCulture);
        events.Select(e => (string)e!["subscriptionType"]!).Should().BeEquivalentTo(["contact.creation", "contact.propertyChange", "contact.propertyChange"]);
        events.Should().OnlyContain(e => (string)e!["changeSource"]! == "INTEGRATION" && (string)e["sourceId"]! == appId && Id(e["appId"]) == appId
            && Id(e["objectId"]) == id && (int)e["attemptNumber"]! == 0);
        events.Should().Contain(e => (string?)e!["propertyName"] == "email" && (string?)e["propertyValue"] == "hook@example.com");
        ((string?)events.Single(e => (string)e!["subscriptionType"]! == "contact.creation")!["changeFlag"]).Should().Be("CREATED");
        events.Select(e => (long)e!["eventId"]!).Should().OnlyHaveUniqueItems();
        ((long)events[0]!["occurredAt"]!).Should().Be(clock.GetUtcNow().ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Property_changes_fire_only_for_subscribed_properties_each_with_its_own_subscription_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "p@example.com" });
        var subscription = hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, Manual(
            HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "phone"),
            HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "jobtitle")));

        await hs.SendAsync(HttpMethod.Patch, $"crm/v3/objects/contacts/{contact.Id}", HubSpotSandboxFixture.Properties(("phone", "0400 111 222"), ("jobtitle", "Trainer"), ("firstname", "Noa")));
        await hs.HubSpot.DeliverPendingWebhooksAsync();

        var events = Events(receiver);
        events.Select(e => (string?)e["propertyName"]).Should().BeEquivalentTo(["phone", "jobtitle"], "firstname has no subscription");
        var ids = subscription.Events.ToDictionary(s => s.Event.PropertyName!, s => s.SubscriptionId);
        ids["phone"].Should().NotBe(ids["jobtitle"]);
        events.Should().OnlyContain(e => (long)e["subscriptionId"]! == ids[(string)e["propertyName"]!]);
    }

    [Fact]
    public async Task Subscribing_without_events_or_to_an_unknown_property_is_refused()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var target = new Uri("http://127.0.0.1:9/hooks");

        var none = () => hs.HubSpot.SubscribeWebhooks(target, Secret, Manual());
        var unknown = () => hs.HubSpot.SubscribeWebhooks(target, Secret, Manual(HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "no_such_property")));
        var withoutProperty = () => hs.HubSpot.SubscribeWebhooks(target, Secret, Manual(new HubSpotWebhookEvent("contact.propertyChange")));

        none.Should().Throw<ArgumentException>().WithMessage("*at least one event*");
        unknown.Should().Throw<ArgumentException>().WithMessage("*no_such_property*");
        withoutProperty.Should().Throw<ArgumentException>().WithMessage("*property name*");
        HubSpotWebhookEvent.Parse("deal.propertyChange:amount").Should().Be(HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Deals, "amount"));
        var badType = () => HubSpotWebhookEvent.Parse("note.creation");
        badType.Should().Throw<FormatException>().WithMessage("*note.creation*");
    }

    [Fact]
    public async Task Writes_with_another_apps_token_carry_that_apps_id_so_only_own_echoes_can_be_suppressed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, Manual(HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Companies, "name")));
        var company = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Before" });

        await hs.SendAsync(HttpMethod.Patch, $"crm/v3/objects/companies/{company.Id}", HubSpotSandboxFixture.Properties(("name", "Ours")));
        using (var other = new HttpRequestMessage(HttpMethod.Patch, new Uri(hs.HubSpot.BaseAddress, $"crm/v3/objects/companies/{company.Id}")))
        {
            other.Headers.Authorization = new AuthenticationHeaderValue("Bearer", hs.HubSpot.Options.OtherAppToken);
            other.Content = new StringContent(HubSpotSandboxFixture.Properties(("name", "Theirs")).ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await hs.Http.SendAsync(other);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await hs.HubSpot.DeliverPendingWebhooksAsync();

        var events = Events(receiver).Where(e => (string?)e["changeSource"] == "INTEGRATION").ToList();
        var sources = events.ToDictionary(e => (string)e["propertyValue"]!, e => (string)e["sourceId"]!);
        sources["Ours"].Should().Be(hs.HubSpot.Options.AppId.ToString(CultureInfo.InvariantCulture));
        sources["Theirs"].Should().Be(hs.HubSpot.Options.OtherAppId.ToString(CultureInfo.InvariantCulture));
        events.Should().OnlyContain(e => Id(e["appId"]) == hs.HubSpot.Options.AppId.ToString(CultureInfo.InvariantCulture), "events go to the subscribing app");
    }

    [Fact]
    public async Task Simulated_user_edits_and_deletes_are_CRM_UI_and_other_sources_can_be_simulated()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var a = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "a@example.com" });
        var company = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "RTO" });
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, Manual(
            HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "phone"),
            HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "lifecyclestage"),
            HubSpotWebhookEvent.Deletion(HubSpotObjectType.Companies)));

        hs.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, a.Id, new Dictionary<string, string?> { ["phone"] = "0400000000" });
        hs.HubSpot.SimulateChange(HubSpotObjectType.Contacts, a.Id, new Dictionary<string, string?> { ["lifecyclestage"] = "lead" }, ChangeSource.AutomationPlatform, "workflow:42");
        hs.HubSpot.SimulateDelete(HubSpotObjectType.Companies, company.Id);
        await hs.HubSpot.DeliverPendingWebhooksAsync();

        var events = Events(receiver);
        var phone = events.Single(e => (string?)e["propertyName"] == "phone");
        ((string?)phone["changeSource"]).Should().Be("CRM_UI");
        ((string?)phone["sourceId"]).Should().StartWith("userId:");
        var workflow = events.Single(e => (string?)e["propertyName"] == "lifecyclestage");
        ((string?)workflow["changeSource"]).Should().Be("AUTOMATION_PLATFORM");
        ((string?)workflow["sourceId"]).Should().Be("workflow:42");
        var deletion = events.Single(e => (string)e["subscriptionType"]! == "company.deletion");
        ((string?)deletion["changeFlag"]).Should().Be("DELETED");
        ((string?)deletion["changeSource"]).Should().Be("CRM_UI");
    }

    [Fact]
    public async Task Association_changes_through_the_API_fire_associationChange_events_in_both_directions()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var contact = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "assoc@example.com" });
        var company = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Assoc RTO" });
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, Manual(
            HubSpotWebhookEvent.AssociationChange(HubSpotObjectType.Contacts),
            HubSpotWebhookEvent.AssociationChange(HubSpotObjectType.Companies)));

        var (put, _) = await hs.SendAsync(HttpMethod.Put, $"crm/v4/objects/contacts/{contact.Id}/associations/default/companies/{company.Id}");
        put.IsSuccessStatusCode.Should().BeTrue();
        await hs.HubSpot.DeliverPendingWebhooksAsync();
        var added = Events(receiver);
        receiver.Received.Clear();
        var (deleted, _) = await hs.SendAsync(HttpMethod.Delete, $"crm/v4/objects/contacts/{contact.Id}/associations/companies/{company.Id}");
        deleted.IsSuccessStatusCode.Should().BeTrue();
        await hs.HubSpot.DeliverPendingWebhooksAsync();
        var removed = Events(receiver);

        var forward = added.Single(e => (string?)e["associationType"] == "CONTACT_TO_COMPANY" && !(bool)e["isPrimaryAssociation"]!);
        ((string?)forward["subscriptionType"]).Should().Be("contact.associationChange");
        Id(forward["fromObjectId"]).Should().Be(contact.Id);
        Id(forward["toObjectId"]).Should().Be(company.Id);
        ((bool)forward["associationRemoved"]!).Should().BeFalse();
        ((string?)forward["changeSource"]).Should().Be("INTEGRATION");
        added.Should().Contain(e => (string?)e["associationType"] == "COMPANY_TO_CONTACT" && (string?)e["subscriptionType"] == "company.associationChange");
        removed.Should().Contain(e => (string?)e["associationType"] == "CONTACT_TO_COMPANY" && (bool)e["associationRemoved"]!);
    }

    [Fact]
    public async Task The_v3_signature_covers_the_uri_with_HubSpots_escapes_decoded_and_can_sign_a_public_url_behind_a_proxy()
    {
        await using var receiver = await WebhookReceiver.StartAsync("?tenant=rto%3Anorth%2Cwest&name=a%20b");
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var publicUrl = new Uri("https://hooks.example.com/hubspot?tenant=rto%3Anorth");
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, Manual(HubSpotWebhookEvent.Creation(HubSpotObjectType.Deals)));
        var proxied = Manual(HubSpotWebhookEvent.Creation(HubSpotObjectType.Deals));
        proxied.SignedUrl = publicUrl;
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, proxied);

        hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Signed" });
        await hs.HubSpot.DeliverPendingWebhooksAsync();

        receiver.Received.Should().HaveCount(2);
        receiver.Received.Should().OnlyContain(h => h.Uri.EndsWith("?tenant=rto%3Anorth%2Cwest&name=a%20b", StringComparison.Ordinal), "the request goes to the URL as given");
        var signatures = receiver.Received.Select(h => h.Headers["X-HubSpot-Signature-v3"]).ToList();
        var direct = receiver.Received.Single(h => h.Headers["X-HubSpot-Signature-v3"] == ExpectedV3(h));
        var viaProxy = receiver.Received.Single(h => h != direct);
        viaProxy.Headers["X-HubSpot-Signature-v3"].Should().Be(ExpectedV3("POST", "https://hooks.example.com/hubspot?tenant=rto%3Anorth", viaProxy.Body, viaProxy.Headers["X-HubSpot-Request-Timestamp"]));
        signatures.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Up_to_ten_requests_are_in_flight_at_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var inFlight = 0;
        var maxInFlight = 0;
        var tenInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.Hold = async () =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            if (now >= 10)
            {
                tenInFlight.TrySetResult();
            }

            // Every request waits until ten are in flight together.
            await tenInFlight.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref inFlight);
        };
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var options = Manual(HubSpotWebhookEvent.Creation(HubSpotObjectType.Companies));
        options.MaxEventsPerRequest = 1;
        options.Timeout = TimeSpan.FromSeconds(60);
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, options);
        for (var i = 0; i < 25; i++)
        {
            hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?>());
        }

        (await hs.HubSpot.DeliverPendingWebhooksAsync()).Should().Be(25);

        maxInFlight.Should().Be(10);
        hs.HubSpot.WebhookDeliveries.Should().HaveCount(25).And.OnlyContain(d => d.Succeeded);
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_after_the_delay_with_a_higher_attempt_number()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Statuses.Enqueue(500);
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        var options = Manual(HubSpotWebhookEvent.Creation(HubSpotObjectType.Deals), HubSpotWebhookEvent.Deletion(HubSpotObjectType.Deals));
        options.FirstRetryDelay = TimeSpan.FromMinutes(1);
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, options);
        hs.HubSpot.SimulateDelete(HubSpotObjectType.Deals, hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?>()).Id);
        var pending = hs.HubSpot.PendingWebhookEvents;

        await hs.HubSpot.DeliverPendingWebhooksAsync();
        (await hs.HubSpot.DeliverPendingWebhooksAsync()).Should().Be(0, "the retry is not due yet");
        hs.HubSpot.PendingWebhookEvents.Should().Be(pending);
        clock.Advance(TimeSpan.FromMinutes(1.2));   // the first retry is due after 1 minute plus up to 20 % jitter
        await hs.HubSpot.DeliverPendingWebhooksAsync();

        receiver.Received.Should().HaveCount(2);
        var retried = JsonNode.Parse(receiver.Received.Last().Body)!.AsArray();
        retried.Should().OnlyContain(e => (int)e!["attemptNumber"]! == 1);
        retried.Select(e => (string)e!["subscriptionType"]!).Should().Contain(["deal.creation", "deal.deletion"]);
        hs.HubSpot.WebhookDeliveries.Select(d => d.StatusCode).Should().Equal(HttpStatusCode.InternalServerError, HttpStatusCode.OK);
        hs.HubSpot.PendingWebhookEvents.Should().Be(0);
    }

    [Fact]
    public async Task A_failing_receiver_gets_ten_retries_spread_over_about_a_day_then_nothing()
    {
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        await using var receiver = await WebhookReceiver.StartAsync();
        for (var i = 0; i < 20; i++)
        {
            receiver.Statuses.Enqueue(400);   // HubSpot retries 4xx answers too
        }

        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, Manual(HubSpotWebhookEvent.Creation(HubSpotObjectType.Deals)));
        hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Unlucky" });

        while (clock.GetUtcNow() < start.AddHours(36))
        {
            await hs.HubSpot.DeliverPendingWebhooksAsync();
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        receiver.Received.Select(r => (int)JsonNode.Parse(r.Body)!.AsArray()[0]!["attemptNumber"]!).Should().Equal(Enumerable.Range(0, 11));
        var lastAttempt = hs.HubSpot.WebhookDeliveries[^1].SentAt - start;
        lastAttempt.Should().BeGreaterThan(TimeSpan.FromHours(20)).And.BeLessThan(TimeSpan.FromHours(30));
        hs.HubSpot.PendingWebhookEvents.Should().Be(0);
    }

    [Fact]
    public async Task Requests_carry_at_most_100_events_and_duplicates_can_be_requested()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var options = Manual(HubSpotWebhookEvent.Creation(HubSpotObjectType.Companies));
        options.DuplicateShare = 1;
        options.Reorder = true;
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, options);
        for (var i = 0; i < 60; i++)
        {
            hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?>());
        }

        await hs.HubSpot.DeliverPendingWebhooksAsync();

        var batches = receiver.Received.Select(r => JsonNode.Parse(r.Body)!.AsArray()).ToList();
        batches.Should().OnlyContain(b => b.Count <= 100);
        batches.Sum(b => b.Count).Should().Be(120, "every creation event is delivered twice");
        batches.SelectMany(b => b).GroupBy(e => (long)e!["eventId"]!).Should().OnlyContain(g => g.Count() == 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
