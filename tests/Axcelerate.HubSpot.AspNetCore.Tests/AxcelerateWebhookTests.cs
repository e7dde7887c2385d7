using System.Net;
using System.Security.Cryptography;
using System.Text;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.Axcelerate;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary>The strict aXcelerate sandbox delivers real signed <c>contact.*</c> webhooks to <c>MapAxcelerateWebhooks</c> over HTTP.</summary>
public sealed class AxcelerateWebhookTests
{
    private const string Key = "ax-private-key-7d21";

    [Fact]
    public async Task A_contact_added_in_aXcelerate_is_logged_pending_then_pushed_to_HubSpot_with_one_write()
    {
        await using var host = await StartAsync();
        await host.Services.GetRequiredService<ISyncSettingsService>().SetAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.PushContactOnCreate] = true, [SyncFlow.PushContactOnUpdate] = true });
        var axcelerate = host.Sandbox.Sandbox.Axcelerate;
        DeliverTo(host, Key);

        var contact = axcelerate.AddContact("Ada", "Lovelace", "ada@example.edu.au", new Dictionary<string, string?> { ["CITY"] = "Parramatta" });
        await WaitForDeliveriesAsync(axcelerate, 1);

        axcelerate.WebhookDeliveries.Should().ContainSingle().Which.StatusCode.Should().Be(200);
        var logged = (await host.EntriesAsync()).Should().ContainSingle().Subject;
        logged.Status.Should().Be(IncomingStatus.Pending);
        logged.SubscriptionType.Should().Be("axcelerate.contact.contact_created");
        logged.ObjectId.Should().Be(contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        logged.Payload.Should().Be(axcelerate.WebhookDeliveries[0].Payload);
        host.Sandbox.Sandbox.HubSpot.Journal.Clear();

        var report = await host.Services.GetRequiredService<IWebhookProcessor>().ProcessDueAsync();

        var done = report.Entries.Should().ContainSingle().Subject;
        done.Status.Should().Be(IncomingStatus.Succeeded, done.Error);
        var inHubSpot = host.Sandbox.Sandbox.HubSpot.Contacts.Should().ContainSingle(c => c["email"] == "ada@example.edu.au").Subject;
        inHubSpot["city"].Should().Be("Parramatta");
        inHubSpot["firstname"].Should().Be("Ada");
        HubSpotWrites(host).Should().ContainSingle("the contact is created by one batch upsert");
        (await host.EntriesAsync()).Should().ContainSingle().Which.Status.Should().Be(IncomingStatus.Succeeded);
    }

    [Fact]
    public async Task A_change_to_a_pushed_contact_is_pushed_as_one_update()
    {
        await using var host = await StartAsync();
        await host.Services.GetRequiredService<ISyncSettingsService>().SetAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.PushContactOnCreate] = true, [SyncFlow.PushContactOnUpdate] = true });
        var axcelerate = host.Sandbox.Sandbox.Axcelerate;
        DeliverTo(host, Key);
        var processor = host.Services.GetRequiredService<IWebhookProcessor>();
        var contact = axcelerate.AddContact("Grace", "Hopper", "grace@example.edu.au", new Dictionary<string, string?> { ["CITY"] = "Arlington" });
        await WaitForDeliveriesAsync(axcelerate, 1);
        (await processor.ProcessDueAsync()).Succeeded.Should().Be(1);
        host.Sandbox.Sandbox.HubSpot.Journal.Clear();

        axcelerate.UpdateContact(contact.Id, new Dictionary<string, string?> { ["CITY"] = "Washington" });
        await WaitForDeliveriesAsync(axcelerate, 2);
        var report = await processor.ProcessDueAsync();

        var done = report.Entries.Should().ContainSingle().Subject;
        done.SubscriptionType.Should().Be("axcelerate.contact.contact_updated");
        done.Status.Should().Be(IncomingStatus.Succeeded, done.Error);
        host.Sandbox.Sandbox.HubSpot.Contacts.Should().ContainSingle(c => c["email"] == "grace@example.edu.au").Which["city"].Should().Be("Washington");
        HubSpotWrites(host).Should().ContainSingle().Which.Path.Should().EndWith("/contacts/batch/update");
    }

    [Fact]
    public async Task A_delivery_signed_with_another_key_is_refused_401_and_nothing_stored()
    {
        await using var host = await StartAsync();
        var axcelerate = host.Sandbox.Sandbox.Axcelerate;
        DeliverTo(host, "some-other-key");

        axcelerate.AddContact("Mallory", "Intruder", "mallory@example.com");
        await WaitForDeliveriesAsync(axcelerate, 1);

        axcelerate.WebhookDeliveries[0].StatusCode.Should().Be(401);
        (await host.EntriesAsync()).Should().BeEmpty();
        host.Logs.GetSnapshot().Should().Contain(r => r.Message.Contains("Refused an aXcelerate webhook request with 401", StringComparison.Ordinal))
            .And.NotContain(r => r.Message.Contains(Key, StringComparison.Ordinal) || r.Message.Contains("mallory", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_unsigned_delivery_is_refused_401_when_a_key_is_configured()
    {
        await using var host = await StartAsync();
        var axcelerate = host.Sandbox.Sandbox.Axcelerate;
        DeliverTo(host, secret: null);

        axcelerate.AddContact("Eve", "Unsigned", "eve@example.com");
        await WaitForDeliveriesAsync(axcelerate, 1);

        axcelerate.WebhookDeliveries[0].StatusCode.Should().Be(401);
        (await host.EntriesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_logged_once()
    {
        await using var host = await StartAsync();
        var axcelerate = host.Sandbox.Sandbox.Axcelerate;
        DeliverTo(host, Key);
        axcelerate.AddContact("Twice", "Delivered", "twice@example.com");
        await WaitForDeliveriesAsync(axcelerate, 1);
        var delivered = axcelerate.WebhookDeliveries[0];

        // aXcelerate redelivers the same message when it did not see the 2xx.
        using var again = await PostSignedAsync(host, delivered.Payload);

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).Should().Be("already logged");
        (await host.EntriesAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task A_non_contact_event_is_logged_then_skipped_with_the_reason()
    {
        await using var host = await StartAsync();
        const string Body = """{"type":"enrolment.enrolment_created","message":{"enrolment":{"student":{"contactId":12},"class":{"id":7}}},"clientId":4242,"messageId":"4e0c1b8a-8f51-4a5b-9d0e-2f6c3b1a9e77","timestamp":"2026-03-02T00:00:00.000Z"}""";

        using var response = await PostSignedAsync(host, Body);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await host.Services.GetRequiredService<IWebhookProcessor>().ProcessDueAsync();

        var entry = report.Entries.Should().ContainSingle().Subject;
        entry.SubscriptionType.Should().Be("axcelerate.enrolment.enrolment_created");
        entry.Status.Should().Be(IncomingStatus.Skipped);
        entry.Error.Should().Contain("only contact events are pushed to HubSpot");
        HubSpotWrites(host).Should().BeEmpty();
    }

    [Fact]
    public async Task Malformed_and_oversized_bodies_are_refused_and_nothing_stored()
    {
        await using var host = await StartAsync(o => o.AxcelerateWebhooks.MaxBodyBytes = 2048);

        using var notJson = await PostSignedAsync(host, "{\"type\":");
        using var noContactId = await PostSignedAsync(host, """{"type":"contact.contact_updated","message":{},"clientId":1,"messageId":"m-1","timestamp":"2026-03-02T00:00:00Z"}""");
        using var tooLarge = await PostSignedAsync(host, "{\"type\":\"" + new string('x', 4096) + "\"}");

        notJson.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noContactId.Content.ReadAsStringAsync()).Should().Contain("no contactId");
        noContactId.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        tooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await host.EntriesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_key_the_host_does_not_start_unless_unsigned_deliveries_are_accepted()
    {
        // Stricter since issue 16: the mapped endpoint without a key fails at start (it answered 500 to every delivery),
        // as MapHubSpotWebhooks does without the client secret.
        var start = () => StartAsync(o => o.AxcelerateWebhooks.SigningKey = null);

        (await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>())
            .Which.Message.Should().Contain("HubSpotIntegration:AxcelerateWebhooks:SigningKey is required when MapAxcelerateWebhooks is mapped");

        await using var accepting = await StartAsync(o =>
        {
            o.AxcelerateWebhooks.SigningKey = null;
            o.AxcelerateWebhooks.AcceptUnsigned = true;
        });
        DeliverTo(accepting, secret: null);
        accepting.Sandbox.Sandbox.Axcelerate.AddContact("Open", "Door", "open@example.com");
        await WaitForDeliveriesAsync(accepting.Sandbox.Sandbox.Axcelerate, 1);

        accepting.Sandbox.Sandbox.Axcelerate.WebhookDeliveries[0].StatusCode.Should().Be(200);
        (await accepting.EntriesAsync()).Should().ContainSingle().Which.SubscriptionType.Should().Be("axcelerate.contact.contact_created");
    }

    private static Task<WebhookHost> StartAsync(Action<HubSpotIntegrationOptions>? configure = null) =>
        WebhookHost.StartAsync(
            o =>
            {
                o.AxcelerateWebhooks.SigningKey = Key;
                configure?.Invoke(o);
            },
            app =>
            {
                app.MapHubSpotWebhooks(WebhookHost.Path);
                app.MapAxcelerateWebhooks();
            });

    private static Uri AxcelerateUrl(WebhookHost host) => new(host.Url, AxcelerateWebhookEndpointRouteBuilderExtensions.DefaultPattern);

    /// <summary>Points the aXcelerate sandbox's webhook settings at the host, signing with <paramref name="secret"/> (null: unsigned).</summary>
    private static void DeliverTo(WebhookHost host, string? secret)
    {
        var options = host.Sandbox.Sandbox.Axcelerate.Options;
        options.WebhookUrl = AxcelerateUrl(host);
        options.WebhookSecret = secret;
    }

    private static async Task WaitForDeliveriesAsync(AxcelerateSandbox axcelerate, int count)
    {
        // The sandbox delivers on its own task; wait (bounded) for the attempts to be made, then assert on them.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (axcelerate.WebhookDeliveries.Count < count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private static async Task<HttpResponseMessage> PostSignedAsync(WebhookHost host, string body) =>
        await host.PostAsync(body, new Dictionary<string, string>
        {
            ["Ax-Signature-Version"] = "1",
            ["Ax-Signature"] = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes(body))),
        }, AxcelerateUrl(host).AbsoluteUri);

    private static List<Testing.Journal.JournalEntry> HubSpotWrites(WebhookHost host) =>
        host.Sandbox.Sandbox.HubSpot.Journal.Entries
            .Where(e => e.Method is "PATCH" or "PUT" or "DELETE" || (e.Method == "POST" && !e.Path.EndsWith("/search", StringComparison.Ordinal) && !e.Path.EndsWith("/batch/read", StringComparison.Ordinal)))
            .ToList();
}
