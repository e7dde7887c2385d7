using System.Text;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AspNetCore.Tests.Hardening;

/// <summary>
/// Bad input on both webhook endpoints (<c>MapHubSpotWebhooks</c>, <c>MapAxcelerateWebhooks</c>), one table: each
/// delivery gets its defined status and reason, a refused one stores nothing (the incoming log is counted before and
/// after), an accepted one stores exactly its events, and after each the processor finishes everything logged and is
/// still running. Signatures are computed here from each system's documented construction.
/// </summary>
public sealed class BadDeliveryMatrixTests(BadDeliveryHost fixture) : IClassFixture<BadDeliveryHost>
{
    private static long _nextId = 10_000;

    /// <summary>One row: what is sent, and what the endpoint must answer and store.</summary>
    /// <param name="Name">The row's name (the theory's argument).</param>
    /// <param name="Send">Sends the delivery (or deliveries: a replay sends twice) and returns the last answer.</param>
    /// <param name="Status">The status the last delivery must get.</param>
    /// <param name="Reason">Text the answer's reason must contain.</param>
    /// <param name="Stored">How many entries the row adds to the incoming log.</param>
    /// <param name="Outcome">What every stored entry must end as after the processor ran (with this text in its error).</param>
    private sealed record Row(string Name, Func<BadDeliveryHost, Task<(int Status, string Reason)>> Send, int Status, string Reason, int Stored, (IncomingStatus Status, string Error)? Outcome = null);

    private static readonly Row[] Rows =
    [
        // HubSpot: v3 signatures (the default), method + URL + body + timestamp, 5 minutes either way.
        new("hubspot: valid (control)", h => HubSpot(h, CompanyCreation()), 200, "logged", 1, (IncomingStatus.Skipped, "by import")),
        new("hubspot: tampered body", h => HubSpot(h, CompanyCreation(), tamper: true), 401, "the v3 signature does not match", 0),
        new("hubspot: wrong secret", h => HubSpot(h, CompanyCreation(), secret: "not-the-app-secret"), 401, "the v3 signature does not match", 0),
        new("hubspot: signed for another URL", h => HubSpot(h, CompanyCreation(), signedUrl: h.HubSpotUrl.AbsoluteUri + "?other=1"), 401, "the v3 signature does not match", 0),
        new("hubspot: timestamp 5 minutes and 1 second old", h => HubSpot(h, CompanyCreation(), age: TimeSpan.FromSeconds(301)), 401, "a replayed or long-delayed request", 0),
        new("hubspot: timestamp 5 minutes and 1 second ahead", h => HubSpot(h, CompanyCreation(), age: -TimeSpan.FromSeconds(301)), 401, "in the future", 0),
        new("hubspot: replayed within the tolerance", ReplayHubSpotAsync, 200, "1 of 1 already logged", 1, (IncomingStatus.Skipped, "by import")),
        new("hubspot: replayed after the tolerance", ReplayHubSpotLateAsync, 401, "a replayed or long-delayed request", 1, (IncomingStatus.Skipped, "by import")),
        new("hubspot: no X-HubSpot-Signature-v3", h => HubSpot(h, CompanyCreation(), drop: "X-HubSpot-Signature-v3"), 401, "no HubSpot signature", 0),
        new("hubspot: no X-HubSpot-Request-Timestamp", h => HubSpot(h, CompanyCreation(), drop: "X-HubSpot-Request-Timestamp"), 401, "without X-HubSpot-Request-Timestamp", 0),
        new("hubspot: no headers at all", h => BadDeliveryHost.PostAsync(h.HubSpotUrl, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(CompanyCreation())), 401, "no HubSpot signature", 0),
        new("hubspot: invalid JSON", h => HubSpot(h, """[{"eventId":1,"subscriptionType":"""), 400, "not valid JSON", 0),
        new("hubspot: invalid UTF-8", h => HubSpot(h, InvalidUtf8(CompanyCreation())), 400, "not valid UTF-8", 0),
        new("hubspot: deeply nested JSON", h => HubSpot(h, Nested(100_000)), 400, "not valid JSON", 0),
        new("hubspot: JSON nested just past HubSpot's depth", h => HubSpot(h, Nested(17)), 400, "not valid JSON", 0),
        new("hubspot: 10 MB body", h => HubSpot(h, TenMegabytes()), 413, "bytes allowed (HubSpotIntegration:Webhooks:MaxBodyBytes)", 0),
        new("hubspot: empty body", h => HubSpot(h, ""), 400, "not valid JSON", 0),
        new("hubspot: unknown subscription type", h => HubSpot(h, Event("widget.frobnicated")), 200, "logged", 1, (IncomingStatus.Skipped, "'widget.frobnicated' events are not synchronised")),
        new("hubspot: unknown contact event", h => HubSpot(h, Event("contact.frobnicated")), 200, "logged", 1, (IncomingStatus.Skipped, "'contact.frobnicated' events are not synchronised")),
        new("hubspot: 5,000 events in one request (100 repeated)", h => HubSpot(h, ThousandsOfEvents(5_000, repeated: 100)), 200, "logged", 4_900, (IncomingStatus.Skipped, "by import")),

        // aXcelerate: Ax-Signature (hex HMAC-SHA256 of the body); no signed timestamp, so a replay is caught by its messageId.
        new("axcelerate: valid (control)", h => Axcelerate(h, Envelope()), 200, "logged", 1, (IncomingStatus.Skipped, "only contact events are pushed")),
        new("axcelerate: tampered body", h => Axcelerate(h, Envelope(), tamper: true), 401, "does not match the body", 0),
        new("axcelerate: wrong key", h => Axcelerate(h, Envelope(), key: "not-the-private-key"), 401, "does not match the body", 0),
        new("axcelerate: replayed (same messageId)", ReplayAxcelerateAsync, 200, "already logged", 1, (IncomingStatus.Skipped, "only contact events are pushed")),
        new("axcelerate: replayed a day later, re-signed with a new timestamp (same messageId)", ReplayAxcelerateLaterAsync, 200, "already logged", 1, (IncomingStatus.Skipped, "only contact events are pushed")),
        new("axcelerate: timestamp a year old (not signed separately: accepted)", h => Axcelerate(h, Envelope(timestamp: "2025-03-02T00:00:00Z")), 200, "logged", 1, (IncomingStatus.Skipped, "only contact events are pushed")),
        new("axcelerate: timestamp a year ahead (not signed separately: accepted)", h => Axcelerate(h, Envelope(timestamp: "2027-03-02T00:00:00Z")), 200, "logged", 1, (IncomingStatus.Skipped, "only contact events are pushed")),
        new("axcelerate: timestamp not a time", h => Axcelerate(h, Envelope(timestamp: "yesterday")), 400, "no timestamp", 0),
        new("axcelerate: no Ax-Signature", h => Axcelerate(h, Envelope(), drop: "Ax-Signature"), 401, "Ax-Signature header is missing", 0),
        new("axcelerate: Ax-Signature-Version 0 (unsigned)", h => Axcelerate(h, Envelope(), version: "0", drop: "Ax-Signature"), 401, "unsigned", 0),
        new("axcelerate: Ax-Signature-Version 2", h => Axcelerate(h, Envelope(), version: "2"), 401, "is not 1", 0),
        new("axcelerate: no Ax-Signature-Version (the signature still checked)", h => Axcelerate(h, Envelope(), drop: "Ax-Signature-Version"), 200, "logged", 1, (IncomingStatus.Skipped, "only contact events are pushed")),
        new("axcelerate: Ax-Signature not hexadecimal", h => Axcelerate(h, Envelope(), signature: "zz-not-hex"), 401, "not hexadecimal", 0),
        new("axcelerate: no headers at all", h => BadDeliveryHost.PostAsync(h.AxcelerateUrl, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(Envelope())), 401, "Ax-Signature header is missing", 0),
        new("axcelerate: invalid JSON", h => Axcelerate(h, """{"type":"contact.contact_updated","message":"""), 400, "not valid JSON", 0),
        new("axcelerate: invalid UTF-8", h => Axcelerate(h, InvalidUtf8(Envelope())), 400, "not valid UTF-8", 0),
        new("axcelerate: deeply nested JSON", h => Axcelerate(h, Nested(100_000)), 400, "not valid JSON", 0),
        new("axcelerate: 10 MB body", h => Axcelerate(h, TenMegabytes()), 413, "bytes allowed (HubSpotIntegration:AxcelerateWebhooks:MaxBodyBytes)", 0),
        new("axcelerate: empty body", h => Axcelerate(h, ""), 400, "not valid JSON", 0),
        new("axcelerate: unknown event type", h => Axcelerate(h, Envelope(type: "widget.widget_exploded")), 200, "logged", 1, (IncomingStatus.Skipped, "'widget.widget_exploded' events are not synchronised")),
        new("axcelerate: a contact event without contactId", h => Axcelerate(h, Envelope(type: "contact.contact_updated")), 400, "no contactId", 0),
        new("axcelerate: 5,000 envelopes in one request (an array)", h => Axcelerate(h, "[" + string.Join(',', Enumerable.Range(0, 5_000).Select(_ => Envelope())) + "]"), 400, "not a JSON object", 0),
        new("axcelerate: type without a namespace", h => Axcelerate(h, Envelope(type: "contact_updated")), 400, "no type", 0),
    ];

    public static TheoryData<string> Names => [.. Rows.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_bad_delivery_gets_its_status_stores_only_what_it_should_and_the_processor_keeps_running(string name)
    {
        var row = Rows.Single(r => r.Name == name);
        var before = await fixture.EntriesAsync();

        var (status, reason) = await row.Send(fixture);

        status.Should().Be(row.Status, reason);
        reason.Should().Contain(row.Reason);
        await fixture.LetTheProcessorFinishAsync();
        var added = (await fixture.EntriesAsync()).ExceptBy(before.Select(e => e.Id), e => e.Id).ToList();
        added.Should().HaveCount(row.Stored, "a refused delivery stores nothing and an accepted one stores each distinct event once");
        if (row.Outcome is { } outcome)
        {
            added.Should().AllSatisfy(e =>
            {
                e.Status.Should().Be(outcome.Status);
                e.Error.Should().Contain(outcome.Error);
            });
        }
    }

    [Fact]
    public void Every_row_has_a_distinct_name() => Rows.Select(r => r.Name).Should().OnlyHaveUniqueItems();

    private static long NextId() => Interlocked.Increment(ref _nextId);

    private static string Event(string subscriptionType, long? id = null)
    {
        var eventId = id ?? NextId();
        return $$"""[{"eventId":{{eventId}},"subscriptionId":7,"portalId":62515,"appId":54321,"occurredAt":1772409600000,"subscriptionType":"{{subscriptionType}}","attemptNumber":0,"objectId":{{eventId}},"changeSource":"CRM_UI"}]""";
    }

    // A company creation is logged, then skipped by the processor without a call to either system.
    private static string CompanyCreation() => Event("company.creation");

    private static string ThousandsOfEvents(int count, int repeated)
    {
        var ids = Enumerable.Range(0, count - repeated).Select(_ => NextId()).ToList();
        ids.AddRange(ids.Take(repeated)); // HubSpot may repeat an event within a batch; it is logged once
        return "[" + string.Join(',', ids.Select(id => Event("company.creation", id)[1..^1])) + "]";
    }

    private static string Envelope(string type = "enrolment.enrolment_created", string timestamp = "2026-03-02T00:00:00.000Z") =>
        "{\"type\":\"" + type + "\",\"message\":{\"enrolment\":{\"student\":{\"contactId\":12},\"class\":{\"id\":7}}},\"clientId\":4242,\"messageId\":\"hardening-" + NextId() + "\",\"timestamp\":\"" + timestamp + "\"}";

    private static byte[] InvalidUtf8(string valid)
    {
        var bytes = Encoding.UTF8.GetBytes(valid);
        var at = Array.IndexOf(bytes, (byte)'"', 2);
        return [.. bytes[..(at + 1)], 0xC3, 0x28, 0xFF, .. bytes[(at + 1)..]];
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private static byte[] TenMegabytes() => Encoding.UTF8.GetBytes("[" + new string(' ', 10 * 1024 * 1024) + "]");

    private static Task<(int, string)> HubSpot(BadDeliveryHost h, string body, bool tamper = false, string secret = WebhookHost.Secret, string? signedUrl = null, TimeSpan age = default, string? drop = null) =>
        HubSpot(h, Encoding.UTF8.GetBytes(body), tamper, secret, signedUrl, age, drop);

    private static Task<(int, string)> HubSpot(BadDeliveryHost h, byte[] body, bool tamper = false, string secret = WebhookHost.Secret, string? signedUrl = null, TimeSpan age = default, string? drop = null)
    {
        var timestamp = BadDeliveryHost.HubSpotTimestamp(h.Host.Now - age);
        var headers = new Dictionary<string, string>
        {
            ["X-HubSpot-Signature-v3"] = BadDeliveryHost.HubSpotV3(secret, signedUrl ?? h.HubSpotUrl.AbsoluteUri, body, timestamp),
            ["X-HubSpot-Request-Timestamp"] = timestamp,
        };
        if (drop is not null)
        {
            headers.Remove(drop);
        }

        return BadDeliveryHost.PostAsync(h.HubSpotUrl, headers, tamper ? Tampered(body) : body);
    }

    private static Task<(int, string)> Axcelerate(BadDeliveryHost h, string body, bool tamper = false, string key = BadDeliveryHost.AxcelerateKey, string version = "1", string? signature = null, string? drop = null) =>
        Axcelerate(h, Encoding.UTF8.GetBytes(body), tamper, key, version, signature, drop);

    private static Task<(int, string)> Axcelerate(BadDeliveryHost h, byte[] body, bool tamper = false, string key = BadDeliveryHost.AxcelerateKey, string version = "1", string? signature = null, string? drop = null)
    {
        var headers = new Dictionary<string, string>
        {
            ["Ax-Signature-Version"] = version,
            ["Ax-Signature"] = signature ?? BadDeliveryHost.AxcelerateSignature(key, body),
        };
        if (drop is not null)
        {
            headers.Remove(drop);
        }

        return BadDeliveryHost.PostAsync(h.AxcelerateUrl, headers, tamper ? Tampered(body) : body);
    }

    // The same length, one digit changed: only the signature can tell.
    private static byte[] Tampered(byte[] body)
    {
        var copy = (byte[])body.Clone();
        var at = Array.FindIndex(copy, b => b is >= (byte)'1' and <= (byte)'8');
        copy[at]++;
        return copy;
    }

    private static async Task<(int, string)> ReplayHubSpotAsync(BadDeliveryHost h)
    {
        var body = Encoding.UTF8.GetBytes(CompanyCreation());
        var timestamp = BadDeliveryHost.HubSpotTimestamp(h.Host.Now);
        var headers = new Dictionary<string, string>
        {
            ["X-HubSpot-Signature-v3"] = BadDeliveryHost.HubSpotV3(WebhookHost.Secret, h.HubSpotUrl.AbsoluteUri, body, timestamp),
            ["X-HubSpot-Request-Timestamp"] = timestamp,
        };
        var first = await BadDeliveryHost.PostAsync(h.HubSpotUrl, headers, body);
        first.Status.Should().Be(200);
        return await BadDeliveryHost.PostAsync(h.HubSpotUrl, headers, body); // the same request, byte for byte
    }

    private static async Task<(int, string)> ReplayHubSpotLateAsync(BadDeliveryHost h)
    {
        var body = Encoding.UTF8.GetBytes(CompanyCreation());
        var timestamp = BadDeliveryHost.HubSpotTimestamp(h.Host.Now);
        var headers = new Dictionary<string, string>
        {
            ["X-HubSpot-Signature-v3"] = BadDeliveryHost.HubSpotV3(WebhookHost.Secret, h.HubSpotUrl.AbsoluteUri, body, timestamp),
            ["X-HubSpot-Request-Timestamp"] = timestamp,
        };
        var first = await BadDeliveryHost.PostAsync(h.HubSpotUrl, headers, body);
        first.Status.Should().Be(200);
        h.Host.Sandbox.Clock.Advance(TimeSpan.FromMinutes(6));
        return await BadDeliveryHost.PostAsync(h.HubSpotUrl, headers, body);
    }

    private static async Task<(int, string)> ReplayAxcelerateAsync(BadDeliveryHost h)
    {
        var body = Envelope();
        var first = await Axcelerate(h, body);
        first.Item1.Should().Be(200);
        return await Axcelerate(h, body);
    }

    private static async Task<(int, string)> ReplayAxcelerateLaterAsync(BadDeliveryHost h)
    {
        var body = Envelope();
        var first = await Axcelerate(h, body);
        first.Item1.Should().Be(200);
        h.Host.Sandbox.Clock.Advance(TimeSpan.FromDays(1));
        return await Axcelerate(h, body.Replace("2026-03-02T00:00:00.000Z", "2026-03-03T00:00:00.000Z", StringComparison.Ordinal));
    }
}
