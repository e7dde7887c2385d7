using System.Net;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary>The strict sandbox delivers real signed webhooks to MapHubSpotWebhooks over HTTP.</summary>
public sealed class SandboxDeliveryTests
{
    [Fact]
    public async Task A_contact_created_and_edited_in_HubSpot_arrives_in_the_incoming_log_as_pending()
    {
        await using var host = await WebhookHost.StartAsync();
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        hubSpot.SubscribeWebhooks(host.Url, WebhookHost.Secret, Subscription(
            HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts),
            HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, "firstname")));

        var contact = hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "ada@example.com", ["firstname"] = "Ada" });
        hubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, contact.Id, new Dictionary<string, string?> { ["firstname"] = "Augusta" });
        await hubSpot.DeliverPendingWebhooksAsync();

        hubSpot.WebhookDeliveries.Should().NotBeEmpty().And.OnlyContain(d => d.StatusCode == HttpStatusCode.OK);
        var entries = await host.EntriesAsync();
        entries.Should().HaveCount(hubSpot.WebhookDeliveries.Sum(d => d.EventCount)).And.OnlyContain(e => e.Status == IncomingStatus.Pending && e.ObjectId == contact.Id);
        entries.Should().ContainSingle(e => e.SubscriptionType == "contact.creation");
        var change = entries.Should().ContainSingle(e => e.SubscriptionType == "contact.propertyChange" && e.Payload.Contains("Augusta", StringComparison.Ordinal)).Subject;
        change.Payload.Should().Contain("\"propertyName\":\"firstname\"").And.Contain("\"propertyValue\":\"Augusta\"").And.Contain("\"changeSource\":\"CRM_UI\"");
        change.PortalId.Should().Be(hubSpot.Options.PortalId);
    }

    [Fact]
    public async Task A_delivery_wakes_the_processor_signal()
    {
        await using var host = await WebhookHost.StartAsync();
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        hubSpot.SubscribeWebhooks(host.Url, WebhookHost.Secret, Subscription(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts)));
        var signal = host.Services.GetRequiredService<IIncomingWorkSignal>();
        var waiting = signal.WaitAsync(Timeout.InfiniteTimeSpan);
        waiting.IsCompleted.Should().BeFalse("nothing was logged yet");

        hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "grace@example.com" });
        await hubSpot.DeliverPendingWebhooksAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(30)); // completes only when the receiver signalled
    }

    [Fact]
    public async Task Batches_of_up_to_100_events_are_each_logged_whole()
    {
        await using var host = await WebhookHost.StartAsync();
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        hubSpot.SubscribeWebhooks(host.Url, WebhookHost.Secret, Subscription(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts)));
        var ids = Enumerable.Range(1, 230)
            .Select(i => hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = $"bulk{i}@example.com" }).Id)
            .ToList();

        await hubSpot.DeliverPendingWebhooksAsync();

        hubSpot.WebhookDeliveries.Select(d => d.EventCount).Should().BeEquivalentTo([100, 100, 30]);
        hubSpot.WebhookDeliveries.Should().OnlyContain(d => d.StatusCode == HttpStatusCode.OK);
        (await host.EntriesAsync()).Select(e => e.ObjectId).Should().BeEquivalentTo(ids);
    }

    [Fact]
    public async Task Ten_requests_in_flight_at_once_are_all_logged_once()
    {
        await using var host = await WebhookHost.StartAsync();
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        var options = Subscription(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts));
        options.MaxEventsPerRequest = 1; // one request per event, up to HubSpot's 10 in flight
        options.DuplicateShare = 0.5;
        hubSpot.SubscribeWebhooks(host.Url, WebhookHost.Secret, options);
        var ids = Enumerable.Range(1, 40)
            .Select(i => hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = $"busy{i}@example.com" }).Id)
            .ToList();

        await hubSpot.DeliverPendingWebhooksAsync();

        hubSpot.WebhookDeliveries.Should().HaveCountGreaterThan(40).And.OnlyContain(d => d.StatusCode == HttpStatusCode.OK);
        (await host.EntriesAsync()).Select(e => e.ObjectId).Should().BeEquivalentTo(ids);
    }

    [Fact]
    public async Task Events_HubSpot_sends_twice_are_logged_once()
    {
        await using var host = await WebhookHost.StartAsync();
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        var options = Subscription(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts), HubSpotWebhookEvent.Creation(HubSpotObjectType.Companies));
        options.DuplicateShare = 1; // every event is delivered twice, as HubSpot may
        hubSpot.SubscribeWebhooks(host.Url, WebhookHost.Secret, options);

        var contact = hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "twice@example.com" });
        var company = hubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Twice Pty Ltd" });
        await hubSpot.DeliverPendingWebhooksAsync();

        hubSpot.WebhookDeliveries.Sum(d => d.EventCount).Should().Be(4);
        var entries = await host.EntriesAsync();
        entries.Select(e => (e.SubscriptionType, e.ObjectId)).Should().BeEquivalentTo([("contact.creation", contact.Id), ("company.creation", company.Id)]);
    }

    [Fact]
    public async Task A_retried_delivery_after_a_lost_answer_is_logged_once()
    {
        await using var host = await WebhookHost.StartAsync();
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        hubSpot.SubscribeWebhooks(host.Url, WebhookHost.Secret, Subscription(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts)));
        hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "retry@example.com" });
        await hubSpot.DeliverPendingWebhooksAsync();
        var delivered = hubSpot.WebhookDeliveries.Single();

        // HubSpot resends the same events when it did not see the 200 (a timeout on its side): the same body, newly signed.
        using var again = await host.PostSignedV3Async(delivered.Body);

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).Should().Contain("1 of 1 already logged");
        (await host.EntriesAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Association_changes_are_logged_under_the_record_they_start_from()
    {
        await using var host = await WebhookHost.StartAsync();
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        var contact = hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "assoc@example.com" });
        var company = hubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Assoc Pty Ltd" });
        hubSpot.SubscribeWebhooks(host.Url, WebhookHost.Secret, Subscription(HubSpotWebhookEvent.AssociationChange(HubSpotObjectType.Contacts)));

        hubSpot.Associate(HubSpotObjectType.Contacts, contact.Id, HubSpotObjectType.Companies, company.Id);
        await hubSpot.DeliverPendingWebhooksAsync();

        hubSpot.WebhookDeliveries.Should().NotBeEmpty().And.OnlyContain(d => d.StatusCode == HttpStatusCode.OK);
        var entries = await host.EntriesAsync();
        entries.Should().NotBeEmpty().And.OnlyContain(e => e.SubscriptionType == "contact.associationChange");
        entries.Should().Contain(e => e.ObjectId == contact.Id && e.Payload.Contains($"\"toObjectId\":{company.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Behind_a_proxy_the_public_url_HubSpot_signed_is_checked()
    {
        var publicBase = new Uri("https://crm.example.edu.au/integration");
        await using var host = await WebhookHost.StartAsync(o => o.Webhooks.PublicBaseUrl = publicBase);
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        var options = Subscription(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts));
        options.SignedUrl = new Uri("https://crm.example.edu.au/integration/hubspot/webhooks"); // what the app registered; the proxy forwards to the host
        hubSpot.SubscribeWebhooks(host.Url, WebhookHost.Secret, options);

        var contact = hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "proxied@example.com" });
        await hubSpot.DeliverPendingWebhooksAsync();

        hubSpot.WebhookDeliveries.Should().ContainSingle().Which.StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.EntriesAsync()).Should().ContainSingle().Which.ObjectId.Should().Be(contact.Id);
    }

    [Fact]
    public async Task Behind_a_proxy_without_the_public_url_configured_every_delivery_is_refused_and_nothing_stored()
    {
        await using var host = await WebhookHost.StartAsync();
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        var options = Subscription(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts));
        options.SignedUrl = new Uri("https://crm.example.edu.au/integration/hubspot/webhooks");
        hubSpot.SubscribeWebhooks(host.Url, WebhookHost.Secret, options);

        hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "proxied@example.com" });
        await hubSpot.DeliverPendingWebhooksAsync();

        hubSpot.WebhookDeliveries.Should().ContainSingle().Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await host.EntriesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_host_signing_with_another_secret_is_refused_and_nothing_stored()
    {
        await using var host = await WebhookHost.StartAsync();
        var hubSpot = host.Sandbox.Sandbox.HubSpot;
        hubSpot.SubscribeWebhooks(host.Url, "another-apps-secret", Subscription(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts)));

        hubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "other@example.com" });
        await hubSpot.DeliverPendingWebhooksAsync();

        hubSpot.WebhookDeliveries.Should().ContainSingle().Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await host.EntriesAsync()).Should().BeEmpty();
    }

    private static HubSpotWebhookOptions Subscription(params HubSpotWebhookEvent[] events)
    {
        var options = new HubSpotWebhookOptions { AutoDeliverInterval = null }; // deliveries go out when the test says
        foreach (var subscribed in events)
        {
            options.Events.Add(subscribed);
        }

        return options;
    }
}
