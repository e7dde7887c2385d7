using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.Faults;
using Axcelerate.HubSpot.Tests.Import;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Webhooks.AxcelerateEvents;

/// <summary>
/// aXcelerate contact events logged by the real <see cref="IAxcelerateWebhookReceiver"/> are routed by the processor to
/// the contact push over real HTTP against the strict sandbox: grouped, once per contact, one push per pass.
/// </summary>
public sealed class AxcelerateWebhookProcessingTests
{
    private const string Key = "ax-routing-key";
    private int _sequence;

    [Fact]
    public async Task Events_of_a_pass_are_pushed_in_one_batch_once_per_contact()
    {
        await using var host = await StartAsync();
        await EnablePushAsync(host);
        var ada = host.Sandbox.Axcelerate.AddContact("Ada", "Lovelace", "ada@example.edu.au");
        var grace = host.Sandbox.Axcelerate.AddContact("Grace", "Hopper", "grace@example.edu.au");
        await ReceiveAsync(host, "contact.contact_created", ada.Id);
        await ReceiveAsync(host, "contact.contact_updated", ada.Id);
        await ReceiveAsync(host, "contact.contact_created", grace.Id);
        host.ClearJournals();

        var report = await host.Get<IWebhookProcessor>().ProcessDueAsync();

        report.Entries.Should().HaveCount(3).And.OnlyContain(e => e.Status == IncomingStatus.Succeeded);
        report.Entries.Select(e => e.Result).Should().OnlyContain(r => r!.Contains("Created", StringComparison.Ordinal), "both events of Ada share her one push");
        host.HubSpotWrites().Should().ContainSingle("two new contacts go in one batch upsert").Which.Path.Should().EndWith("/contacts/batch/upsert");
        host.Sandbox.Axcelerate.Journal.Entries.Should().ContainSingle("the two contacts are read from aXcelerate in one request");
        host.Sandbox.HubSpot.Contacts.Select(c => c["email"]).Should().BeEquivalentTo(["ada@example.edu.au", "grace@example.edu.au"]);
    }

    [Fact]
    public async Task With_the_push_flows_off_contact_events_are_skipped_and_nothing_is_written()
    {
        await using var host = await StartAsync();
        var contact = host.Sandbox.Axcelerate.AddContact("Off", "Switch", "off@example.edu.au");
        await ReceiveAsync(host, "contact.contact_created", contact.Id);
        host.ClearJournals();

        var report = await host.Get<IWebhookProcessor>().ProcessDueAsync();

        var entry = report.Entries.Should().ContainSingle().Subject;
        entry.Status.Should().Be(IncomingStatus.Skipped);
        entry.Error.Should().Contain(nameof(SyncFlow.PushContactOnCreate));
        host.HubSpotWrites().Should().BeEmpty();
    }

    [Fact]
    public async Task Deletions_and_other_namespaces_are_skipped_with_the_reason()
    {
        await using var host = await StartAsync();
        await EnablePushAsync(host);
        await ReceiveAsync(host, "contact.contact_deleted", 991);
        await ReceiveAsync(host, "course.course_updated", null);
        host.ClearJournals();

        var report = await host.Get<IWebhookProcessor>().ProcessDueAsync();

        report.Entries.Should().HaveCount(2).And.OnlyContain(e => e.Status == IncomingStatus.Skipped);
        report.Entries.Single(e => e.SubscriptionType == "axcelerate.contact.contact_deleted").Error.Should().Contain("not deleted in HubSpot");
        report.Entries.Single(e => e.SubscriptionType == "axcelerate.course.course_updated").Error.Should().Contain("'course.course_updated' events are not synchronised");
        host.HubSpotWrites().Should().BeEmpty();
        host.Sandbox.Axcelerate.Journal.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task A_merge_pushes_the_surviving_contact()
    {
        await using var host = await StartAsync();
        await EnablePushAsync(host);
        var survivor = host.Sandbox.Axcelerate.AddContact("Mary", "Jackson", "mary@example.edu.au");
        await ReceiveAsync(host, "contact.contact_merged", survivor.Id);

        var report = await host.Get<IWebhookProcessor>().ProcessDueAsync();

        report.Entries.Should().ContainSingle().Which.Status.Should().Be(IncomingStatus.Succeeded);
        host.Sandbox.HubSpot.Contacts.Should().ContainSingle(c => c["email"] == "mary@example.edu.au");
    }

    [Fact]
    public async Task A_push_that_fails_transiently_is_retried_later_and_then_succeeds()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(
            sandbox: o => o.TimeProvider = clock,
            integration: o =>
            {
                o.AxcelerateWebhooks.SigningKey = Key;

                // The processor and the store run on the fake clock; no client-side retries, so the 503 reaches the push.
                o.HubSpot.MaxRetries = 0;
                o.WebhookProcessing.FirstRetryDelay = TimeSpan.FromMinutes(1);
            },
            services: s => s.AddSingleton<TimeProvider>(clock));
        await EnablePushAsync(host);
        var contact = host.Sandbox.Axcelerate.AddContact("Katherine", "Johnson", "katherine@example.edu.au");
        await ReceiveAsync(host, "contact.contact_created", contact.Id);
        host.Sandbox.HubSpot.Faults.FailNext(1, SandboxFault.ServiceUnavailable, "/batch/upsert");

        var first = await host.Get<IWebhookProcessor>().ProcessDueAsync();

        var retrying = first.Entries.Should().ContainSingle().Subject;
        retrying.Status.Should().Be(IncomingStatus.Pending);
        retrying.NextAttemptAt.Should().Be(clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        retrying.Error.Should().Contain("retrying");
        (await host.Get<IWebhookProcessor>().ProcessDueAsync()).Entries.Should().BeEmpty("the retry is not due yet");
        clock.Advance(TimeSpan.FromMinutes(1));

        var second = await host.Get<IWebhookProcessor>().ProcessDueAsync();

        second.Entries.Should().ContainSingle().Which.Status.Should().Be(IncomingStatus.Succeeded);
        host.Sandbox.HubSpot.Contacts.Should().ContainSingle(c => c["email"] == "katherine@example.edu.au");
    }

    private static Task<SandboxHost> StartAsync() =>
        SandboxHost.StartAsync(integration: o => o.AxcelerateWebhooks.SigningKey = Key);

    private static async Task EnablePushAsync(SandboxHost host) =>
        await host.Get<ISyncSettingsService>().SetAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.PushContactOnCreate] = true, [SyncFlow.PushContactOnUpdate] = true });

    /// <summary>Hands a signed envelope to the receiver as a host would, and checks it was logged.</summary>
    private async Task ReceiveAsync(SandboxHost host, string type, int? contactId)
    {
        var message = contactId is { } id ? $"{{\"contactId\":{id.ToString(CultureInfo.InvariantCulture)}}}" : "{\"courseId\":5}";
        var messageId = $"00000000-0000-4000-8000-{Interlocked.Increment(ref _sequence):D12}";
        var body = $"{{\"type\":\"{type}\",\"message\":{message},\"clientId\":4242,\"messageId\":\"{messageId}\",\"timestamp\":\"2026-03-02T00:00:00.000Z\"}}";
        var bytes = Encoding.UTF8.GetBytes(body);
        var headers = new Dictionary<string, string>
        {
            ["Ax-Signature-Version"] = "1",
            ["Ax-Signature"] = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), bytes)),
        };

        var result = await host.Get<IAxcelerateWebhookReceiver>().ReceiveAsync(new WebhookRequest("POST", new Uri("http://127.0.0.1/axcelerate/webhooks"), headers, bytes));

        result.StatusCode.Should().Be(200, result.Reason);
    }
}
