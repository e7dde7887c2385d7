using System.Net;
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

    private static HubSpotWebhookOptions Manual() => new() { AutoDeliverInterval = null };

    // Computed independently from HubSpot's documented v3 algorithm.
    private static string ExpectedV3(ReceivedWebhook hook) =>
        Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes(Secret)).ComputeHash(Encoding.UTF8.GetBytes(hook.Method + hook.Uri + hook.Body + hook.Headers["X-HubSpot-Request-Timestamp"])));

    [Fact]
    public async Task Api_changes_arrive_as_signed_event_arrays_verifiable_with_the_v3_algorithm()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, Manual());

        var (_, created) = await hs.PostAsync("crm/v3/objects/contacts", HubSpotSandboxFixture.Properties(("email", "hook@example.com"), ("firstname", "Mia")));
        var id = (string)created!["id"]!;
        (await hs.HubSpot.DeliverPendingWebhooksAsync()).Should().Be(1);

        var hook = receiver.Received.Should().ContainSingle().Subject;
        hook.Headers["X-HubSpot-Signature-v3"].Should().Be(ExpectedV3(hook));
        hook.Headers["X-HubSpot-Request-Timestamp"].Should().Be(clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        hook.Headers.Should().ContainKey("X-HubSpot-Signature-Version");
        var events = JsonNode.Parse(hook.Body)!.AsArray();
        events.Select(e => (string)e!["subscriptionType"]!).Should().Contain(["contact.creation", "contact.propertyChange"]);
        events.Should().OnlyContain(e => (string)e!["changeSource"]! == "API" && ((long)e["objectId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture) == id && (int)e["attemptNumber"]! == 0);
        events.Should().Contain(e => (string?)e!["propertyName"] == "email" && (string?)e["propertyValue"] == "hook@example.com");
        events.Select(e => (long)e!["eventId"]!).Should().OnlyHaveUniqueItems();
        ((long)events[0]!["occurredAt"]!).Should().Be(clock.GetUtcNow().ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Simulated_user_edits_deletes_and_merges_are_delivered_with_crm_ui_source()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var a = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "a@example.com" });
        var b = hs.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "b@example.com" });
        var company = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "RTO" });
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, Manual());

        hs.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, a.Id, new Dictionary<string, string?> { ["phone"] = "0400000000" });
        hs.HubSpot.SimulateMerge(HubSpotObjectType.Contacts, a.Id, b.Id);
        hs.HubSpot.SimulateDelete(HubSpotObjectType.Companies, company.Id);
        await hs.HubSpot.DeliverPendingWebhooksAsync();

        var events = receiver.Received.SelectMany(r => JsonNode.Parse(r.Body)!.AsArray()).ToList();
        events.Should().OnlyContain(e => (string)e!["changeSource"]! == "CRM_UI");
        events.Should().Contain(e => (string)e!["subscriptionType"]! == "contact.propertyChange" && (string?)e["propertyName"] == "phone" && (string?)e["propertyValue"] == "0400000000");
        var merge = events.Single(e => (string)e!["subscriptionType"]! == "contact.merge")!;
        ((long)merge["primaryObjectId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(a.Id);
        ((long)merge["mergedObjectIds"]![0]!).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(b.Id);
        events.Should().Contain(e => (string)e!["subscriptionType"]! == "company.deletion");
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_after_the_delay_with_a_higher_attempt_number()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Statuses.Enqueue(500);
        await using var hs = await HubSpotSandboxFixture.StartAsync(o => o.TimeProvider = clock);
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, new HubSpotWebhookOptions { AutoDeliverInterval = null, FirstRetryDelay = TimeSpan.FromMinutes(1) });
        hs.HubSpot.SimulateDelete(HubSpotObjectType.Deals, hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?>()).Id);
        var pending = hs.HubSpot.PendingWebhookEvents;

        await hs.HubSpot.DeliverPendingWebhooksAsync();
        (await hs.HubSpot.DeliverPendingWebhooksAsync()).Should().Be(0, "the retry is not due yet");
        hs.HubSpot.PendingWebhookEvents.Should().Be(pending);
        clock.Advance(TimeSpan.FromMinutes(1));
        await hs.HubSpot.DeliverPendingWebhooksAsync();

        receiver.Received.Should().HaveCount(2);
        var retried = JsonNode.Parse(receiver.Received.Last().Body)!.AsArray();
        retried.Should().OnlyContain(e => (int)e!["attemptNumber"]! == 1);
        retried.Select(e => (string)e!["subscriptionType"]!).Should().Contain(["deal.creation", "deal.deletion"]);
        hs.HubSpot.WebhookDeliveries.Select(d => d.StatusCode).Should().Equal(HttpStatusCode.InternalServerError, HttpStatusCode.OK);
        hs.HubSpot.PendingWebhookEvents.Should().Be(0);
    }

    [Fact]
    public async Task Requests_carry_at_most_100_events_and_duplicates_can_be_requested()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        hs.HubSpot.SubscribeWebhooks(receiver.Url, Secret, new HubSpotWebhookOptions { AutoDeliverInterval = null, DuplicateShare = 1, Reorder = true });
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
}
