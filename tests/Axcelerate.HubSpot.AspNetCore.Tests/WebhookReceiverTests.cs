using System.Globalization;
using System.Text;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary><c>IWebhookReceiver</c> as a host on another framework calls it: its own header dictionary, URL and path base.</summary>
public sealed class WebhookReceiverTests
{
    private const string Body = """[{"eventId":31,"subscriptionType":"deal.creation","objectId":3101,"occurredAt":1772409600000}]""";

    [Fact]
    public async Task Header_names_match_whatever_their_case_and_the_dictionary_comparer()
    {
        await using var host = await WebhookHost.StartAsync();
        var receiver = host.Services.GetRequiredService<IWebhookReceiver>();
        var url = "https://hooks.example.com/hubspot/webhooks";
        var timestamp = host.Timestamp();
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["x-hubspot-signature-V3"] = HubSpotSignatures.V3(WebhookHost.Secret, "POST", url, Body, timestamp),
            ["X-HUBSPOT-REQUEST-TIMESTAMP"] = timestamp,
        };

        var result = await receiver.ReceiveAsync(new WebhookRequest("POST", new Uri(url), headers, Encoding.UTF8.GetBytes(Body)));

        (result.StatusCode, result.EventCount, result.DuplicateCount).Should().Be((200, 1, 0));
        (await host.EntriesAsync()).Should().ContainSingle().Which.SubscriptionType.Should().Be("deal.creation");
    }

    [Fact]
    public async Task The_public_base_url_replaces_the_hosts_path_base_too()
    {
        await using var host = await WebhookHost.StartAsync(o => o.Webhooks.PublicBaseUrl = new Uri("https://crm.example.edu.au/"));
        var receiver = host.Services.GetRequiredService<IWebhookReceiver>();
        var timestamp = host.Timestamp();
        var signed = HubSpotSignatures.V3(WebhookHost.Secret, "POST", "https://crm.example.edu.au/hubspot/webhooks?portal=7", Body, timestamp);
        var headers = new Dictionary<string, string> { ["X-HubSpot-Signature-v3"] = signed, ["X-HubSpot-Request-Timestamp"] = timestamp };

        // The proxy forwards /hubspot/webhooks to the host's /internal/app/hubspot/webhooks, where /internal/app is its path base.
        var request = new WebhookRequest("POST", new Uri("http://10.0.0.5:8080/internal/app/hubspot/webhooks?portal=7"), headers, Encoding.UTF8.GetBytes(Body)) { PathBase = "/internal/app" };
        var withoutPathBase = request with { PathBase = string.Empty };

        (await receiver.ReceiveAsync(request)).StatusCode.Should().Be(200);
        (await receiver.ReceiveAsync(withoutPathBase)).StatusCode.Should().Be(401);
    }

    [Fact]
    public async Task A_refusal_names_its_reason_without_the_body_or_the_secret()
    {
        await using var host = await WebhookHost.StartAsync();
        var receiver = host.Services.GetRequiredService<IWebhookReceiver>();
        var stale = (host.Now - TimeSpan.FromHours(2)).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>
        {
            ["X-HubSpot-Signature-v3"] = HubSpotSignatures.V3(WebhookHost.Secret, "POST", "https://a.example/h", Body, stale),
            ["X-HubSpot-Request-Timestamp"] = stale,
        };

        var result = await receiver.ReceiveAsync(new WebhookRequest("POST", new Uri("https://a.example/h"), headers, Encoding.UTF8.GetBytes(Body)));

        result.StatusCode.Should().Be(401);
        result.Reason.Should().Contain("0.02:00:00 old").And.NotContain("deal.creation").And.NotContain(WebhookHost.Secret);
        (await host.EntriesAsync()).Should().BeEmpty();
    }
}
