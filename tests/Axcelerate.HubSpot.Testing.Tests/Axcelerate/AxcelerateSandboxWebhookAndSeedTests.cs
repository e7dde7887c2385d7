using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.DemoData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using static Axcelerate.HubSpot.Testing.Tests.Axcelerate.AxcelerateHttp;

namespace Axcelerate.HubSpot.Testing.Tests.Axcelerate;

public sealed class AxcelerateSandboxWebhookAndSeedTests
{
    [Fact]
    public async Task Contact_changes_from_the_api_and_from_users_are_delivered_signed_in_order()
    {
        var received = new ConcurrentQueue<(string Body, string Signature)>();
        await using var receiver = await StartReceiverAsync(received);
        var options = new IntegrationSandboxOptions();
        options.Axcelerate.WebhookUrl = new Uri(receiver.Urls.First() + "/hooks");
        options.Axcelerate.WebhookSecret = "hook-secret";
        await using var sandbox = await IntegrationSandbox.StartAsync(options);
        using var http = Client(sandbox);

        using var created = await http.PostAsync(new Uri("contact/", UriKind.Relative), Form(("givenName", "Isla"), ("surname", "Walker"), ("emailAddress", "isla@example.com")));
        var id = (await OkJsonAsync(created)).GetProperty("CONTACTID").GetInt32();
        using var updated = await http.PutAsync(new Uri($"contact/{id}", UriKind.Relative), Form(("mobilephone", "0412 345 678")));
        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        var other = sandbox.Axcelerate.AddContact("Isla", "Walker", "isla.walker@example.com");
        sandbox.Axcelerate.MergeContacts(other.Id, id);
        sandbox.Axcelerate.DeleteContact(id);

        await WaitUntilAsync(() => received.Count >= 5);
        var events = received.ToList();
        events.Select(e => JsonDocument.Parse(e.Body).RootElement.GetProperty("type").GetString()).Should().Equal(
            "contact.contact_created", "contact.contact_updated", "contact.contact_created", "contact.contact_merged", "contact.contact_deleted");
        foreach (var (body, signature) in events)
        {
            signature.Should().Be(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("hook-secret"), Encoding.UTF8.GetBytes(body))));
            var envelope = JsonDocument.Parse(body).RootElement;
            envelope.GetProperty("clientId").GetInt32().Should().Be(options.Axcelerate.ClientId);
            envelope.GetProperty("messageId").GetString().Should().NotBeNullOrEmpty();
            envelope.GetProperty("timestamp").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        }

        var merged = JsonDocument.Parse(events[3].Body).RootElement.GetProperty("message");
        merged.GetProperty("contactId").GetInt32().Should().Be(id);
        merged.GetProperty("oldContactId").GetInt32().Should().Be(other.Id);
        sandbox.Axcelerate.WebhookDeliveries.Should().HaveCount(5).And.OnlyContain(d => d.Succeeded);
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_after_the_delay_on_the_sandbox_clock()
    {
        var received = new ConcurrentQueue<(string Body, string Signature)>();
        var failFirst = 1;
        await using var receiver = await StartReceiverAsync(received, () => Interlocked.Exchange(ref failFirst, 0) == 1 ? 500 : 200);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var options = new IntegrationSandboxOptions { TimeProvider = clock };
        options.Axcelerate.WebhookUrl = new Uri(receiver.Urls.First() + "/hooks");
        await using var sandbox = await IntegrationSandbox.StartAsync(options);

        sandbox.Axcelerate.AddContact("Evie", "Wood", "evie@example.com");
        await WaitUntilAsync(() => sandbox.Axcelerate.WebhookDeliveries.Count == 1);
        sandbox.Axcelerate.WebhookDeliveries[0].StatusCode.Should().Be(500);

        await WaitUntilAsync(() =>
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            return sandbox.Axcelerate.WebhookDeliveries.Count == 2;
        });
        var retry = sandbox.Axcelerate.WebhookDeliveries[1];
        retry.Attempt.Should().Be(2);
        retry.Succeeded.Should().BeTrue();
        retry.MessageId.Should().Be(sandbox.Axcelerate.WebhookDeliveries[0].MessageId);
        received.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_event_counts_as_pending_until_delivered_including_while_it_waits_for_its_retry()
    {
        var received = new ConcurrentQueue<(string Body, string Signature)>();
        var failFirst = 1;
        await using var receiver = await StartReceiverAsync(received, () => Interlocked.Exchange(ref failFirst, 0) == 1 ? 503 : 200);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var options = new IntegrationSandboxOptions { TimeProvider = clock };
        options.Axcelerate.WebhookUrl = new Uri(receiver.Urls.First() + "/hooks");
        await using var sandbox = await IntegrationSandbox.StartAsync(options);
        sandbox.Axcelerate.PendingWebhookEvents.Should().Be(0);

        sandbox.Axcelerate.AddContact("Ada", "Moss", "ada@example.com");
        await WaitUntilAsync(() => sandbox.Axcelerate.WebhookDeliveries.Count == 1);
        sandbox.Axcelerate.PendingWebhookEvents.Should().Be(1, "the first attempt failed and the retry waits on the sandbox clock");

        await WaitUntilAsync(() =>
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            return sandbox.Axcelerate.PendingWebhookEvents == 0;
        });
        sandbox.Axcelerate.WebhookDeliveries.Should().HaveCount(2);
        sandbox.Axcelerate.WebhookDeliveries[1].Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_account_and_users_are_contacts()
    {
        var demo = new DemoDataOptions { Seed = 7, AxcelerateContacts = 40, AxcelerateOrganisations = 8, AxcelerateOpportunities = 10 };
        await using var first = await IntegrationSandbox.StartAsync(new IntegrationSandboxOptions { DemoData = demo });
        await using var second = await IntegrationSandbox.StartAsync(new IntegrationSandboxOptions { DemoData = demo });

        static IEnumerable<string> Shape(IntegrationSandbox s) => s.Axcelerate.Contacts
            .Concat(s.Axcelerate.Organisations).Concat(s.Axcelerate.Tasks).Concat(s.Axcelerate.Users)
            .Select(r => r.Id + ":" + string.Join("|", r.Fields.Where(f => f.Key is not ("LASTUPDATED" or "CONTACTENTRYDATE" or "CREATIONDATE")).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value)));
        Shape(first).Should().Equal(Shape(second));

        first.Axcelerate.WebServiceContactId.Should().Be(10001);
        first.Axcelerate.Contacts.Should().HaveCount(1 + demo.AxcelerateUsers + demo.AxcelerateContacts + demo.AxcelerateDuplicateEmails);
        first.Axcelerate.Users.Should().OnlyContain(u => first.Axcelerate.GetContact(int.Parse(u["CONTACTID"]!, System.Globalization.CultureInfo.InvariantCulture)) != null);
        first.Axcelerate.Tasks.Should().HaveCount(10).And.OnlyContain(t => t["MARKETINGCONTACTID"] != null && t["OPPORTUNITYSTATUS"] != null);
        first.Axcelerate.Contacts.Skip(1 + demo.AxcelerateUsers).Should().OnlyContain(c => c["CUSTOMFIELD_USI"] != null && c["CUSTOMFIELD_PREFERREDCAMPUS"] != null);
    }

    private static async Task<WebApplication> StartReceiverAsync(ConcurrentQueue<(string Body, string Signature)> received, Func<int>? status = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            received.Enqueue((await reader.ReadToEndAsync(), request.Headers["Ax-Signature"].ToString()));
            return Results.StatusCode(status?.Invoke() ?? 200);
        });
        await app.StartAsync();
        return app;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
