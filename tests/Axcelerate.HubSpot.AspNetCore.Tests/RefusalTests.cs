using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary>Correctly signed requests that are not a batch of HubSpot events (400), and bodies over the limit (413): nothing stored, the host keeps serving.</summary>
public sealed class RefusalTests
{
    private const string Valid = """[{"eventId":9,"subscriptionType":"contact.creation","objectId":77,"occurredAt":1772409600000,"portalId":1}]""";

    [Theory]
    [InlineData("""[{"eventId":9,"subscriptionType":"contact.creation","objectId":77,""", "not valid JSON")]
    [InlineData("""{"eventId":9,"subscriptionType":"contact.creation","objectId":77,"occurredAt":1772409600000}""", "not an array")]
    [InlineData("""[42]""", "not an object")]
    [InlineData("""[{"subscriptionType":"contact.creation","objectId":77,"occurredAt":1772409600000}]""", "no eventId")]
    [InlineData("""[{"eventId":9,"objectId":77,"occurredAt":1772409600000}]""", "no subscriptionType")]
    [InlineData("""[{"eventId":9,"subscriptionType":"contact.creation","occurredAt":1772409600000}]""", "no objectId")]
    [InlineData("""[{"eventId":9,"subscriptionType":"contact.creation","objectId":77}]""", "no occurredAt")]
    [InlineData("""[{"eventId":"nine","subscriptionType":"contact.creation","objectId":77,"occurredAt":1772409600000}]""", "no eventId")]
    [InlineData("""[{"eventId":9,"subscriptionType":"contact.creation","objectId":77,"occurredAt":1772409600000},{"eventId":10}]""", "event 1 has no subscriptionType")]
    public async Task A_signed_body_that_is_not_a_batch_of_events_is_answered_400_and_nothing_is_stored(string body, string reason)
    {
        await using var host = await WebhookHost.StartAsync();

        using var response = await host.PostSignedV3Async(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
        (await host.EntriesAsync()).Should().BeEmpty("a batch is logged whole or not at all");
    }

    [Fact]
    public async Task Invalid_UTF8_is_answered_400_and_the_host_keeps_serving()
    {
        await using var host = await WebhookHost.StartAsync();
        var prefix = Encoding.UTF8.GetBytes("""[{"eventId":9,"subscriptionType":"contact.creation","objectId":77,"occurredAt":1772409600000,"propertyValue":" """.TrimEnd());
        var body = (byte[])[.. prefix, 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\"}]")];

        using var response = await host.PostAsync(body, V3Headers(host, body));
        using var after = await host.PostSignedV3Async(Valid);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        after.StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.EntriesAsync()).Should().ContainSingle().Which.EventId.Should().Be(9);
    }

    [Fact]
    public async Task Deeply_nested_JSON_is_answered_400_and_the_host_keeps_serving()
    {
        await using var host = await WebhookHost.StartAsync();
        var body = new string('[', 100_000) + new string(']', 100_000);

        using var response = await host.PostSignedV3Async(body);
        using var after = await host.PostSignedV3Async(Valid);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        after.StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.EntriesAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task A_body_over_the_limit_is_answered_413_before_it_is_sent_and_nothing_is_stored()
    {
        await using var host = await WebhookHost.StartAsync();

        // Only the headers announcing 10 MB go out: the answer comes without the body ever being read.
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, host.Url.Port);
        var stream = client.GetStream();
        var head = $"POST {host.Url.PathAndQuery} HTTP/1.1\r\nHost: {host.Url.Authority}\r\nContent-Type: application/json\r\nContent-Length: {10 * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync();

        statusLine.Should().StartWith("HTTP/1.1 413");
        (await host.EntriesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_chunked_body_over_a_configured_limit_is_answered_413_and_nothing_is_stored()
    {
        await using var host = await WebhookHost.StartAsync(o => o.Webhooks.MaxBodyBytes = 4096);
        var events = string.Join(',', Enumerable.Range(1, 100).Select(i => $$"""{"eventId":{{i}},"subscriptionType":"contact.creation","objectId":{{i}},"occurredAt":1772409600000}"""));
        var body = Encoding.UTF8.GetBytes($"[{events}]");
        body.Length.Should().BeGreaterThan(4096);

        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Url) { Content = new StreamContent(new MemoryStream(body)) }; // no Content-Length: chunked
        foreach (var (name, value) in V3Headers(host, body))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await host.EntriesAsync()).Should().BeEmpty();
        host.Logs.GetSnapshot().Should().Contain(r => r.Message.Contains("413", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_batch_is_acknowledged_and_stores_nothing()
    {
        await using var host = await WebhookHost.StartAsync();

        using var response = await host.PostSignedV3Async("[]");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.EntriesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_client_secret_the_host_with_the_endpoint_mapped_does_not_start()
    {
        // Stricter since issue 16: a mapped endpoint without the secret fails at start (no delivery could be checked);
        // the receiver still answers 500 without one when it is called by other means than MapHubSpotWebhooks.
        var start = () => WebhookHost.StartAsync(o => o.HubSpot.ClientSecret = null);

        (await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>())
            .Which.Message.Should().Contain("HubSpotIntegration:HubSpot:ClientSecret is required when MapHubSpotWebhooks is mapped");
    }

    [Fact]
    public async Task When_the_store_cannot_be_written_the_delivery_is_answered_500_so_HubSpot_retries_it()
    {
        // The store's folder is a file, so the database can never be opened.
        var blocker = Path.GetTempFileName();
        await using var host = await WebhookHost.StartAsync(store: b => b.UseSqliteStore($"Data Source={Path.Combine(blocker, "store.db")}"));

        using var response = await host.PostSignedV3Async(Valid);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).Should().Be("the incoming log could not be written");
        host.Logs.GetSnapshot().Should().Contain(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error && r.Message.Contains("answered 500 so HubSpot retries", StringComparison.Ordinal))
            .And.NotContain(r => r.Message.Contains("contact.creation", StringComparison.Ordinal));
        File.Delete(blocker);
    }

    private static Dictionary<string, string> V3Headers(WebhookHost host, byte[] body)
    {
        // HMAC over the raw bytes (method + URL + body + timestamp), as HubSpot computes it.
        var timestamp = host.Timestamp();
        byte[] source = [.. Encoding.UTF8.GetBytes("POST" + host.Url.AbsoluteUri), .. body, .. Encoding.UTF8.GetBytes(timestamp)];
        return new()
        {
            ["X-HubSpot-Signature-v3"] = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookHost.Secret), source)),
            ["X-HubSpot-Request-Timestamp"] = timestamp,
        };
    }
}
