using System.Net;
using Axcelerate.HubSpot.Webhooks;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary>Signature vectors (v1, v2, v3) computed from HubSpot's documented construction, over real HTTP.</summary>
public sealed class SignatureTests
{
    private const string Body = """[{"eventId":501,"subscriptionId":7,"portalId":62515,"appId":54321,"occurredAt":1772409600000,"subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":901,"propertyName":"firstname","propertyValue":"Zoë","changeSource":"CRM_UI"}]""";

    [Fact]
    public async Task V3_over_a_url_with_characters_HubSpot_decodes_is_accepted()
    {
        await using var host = await WebhookHost.StartAsync();
        var url = host.Url.AbsoluteUri + "?tenant=north%3Acampus%40qld&path=%2Fa%2Cb&keep=%20%25";

        using var response = await host.PostSignedV3Async(Body, url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entry = (await host.EntriesAsync()).Should().ContainSingle().Subject;
        (entry.EventId, entry.SubscriptionType, entry.ObjectId, entry.PortalId).Should().Be((501L, "contact.propertyChange", "901", 62515L));
        entry.OccurredAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1772409600000));
        entry.Payload.Should().Be(Body[1..^1], "the event's raw JSON is its payload");
    }

    [Fact]
    public async Task V3_computed_over_the_undecoded_url_is_refused()
    {
        await using var host = await WebhookHost.StartAsync();
        var url = host.Url.AbsoluteUri + "?tenant=north%3Acampus";
        var timestamp = host.Timestamp();

        using var response = await host.PostAsync(Body, new Dictionary<string, string>
        {
            ["X-HubSpot-Signature-v3"] = HubSpotSignatures.V3Raw(WebhookHost.Secret, "POST" + url + Body + timestamp),
            ["X-HubSpot-Request-Timestamp"] = timestamp,
        }, url);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await host.EntriesAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("tampered body")]
    [InlineData("wrong secret")]
    [InlineData("stale timestamp")]
    [InlineData("future timestamp")]
    [InlineData("no signature headers")]
    [InlineData("no timestamp")]
    [InlineData("signature not base64")]
    [InlineData("timestamp not a number")]
    [InlineData("signed for another url")]
    public async Task A_bad_v3_signature_is_answered_401_and_nothing_is_stored(string problem)
    {
        await using var host = await WebhookHost.StartAsync();
        var url = host.Url.AbsoluteUri;
        var timestamp = host.Timestamp(problem switch
        {
            "stale timestamp" => -TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1),
            "future timestamp" => TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1),
            _ => TimeSpan.Zero,
        });
        var signature = HubSpotSignatures.V3(problem == "wrong secret" ? "not-the-secret" : WebhookHost.Secret, "POST", problem == "signed for another url" ? url + "x" : url, Body, timestamp);
        var headers = new Dictionary<string, string> { ["X-HubSpot-Signature-v3"] = signature, ["X-HubSpot-Request-Timestamp"] = timestamp };
        switch (problem)
        {
            case "no signature headers": headers.Clear(); break;
            case "no timestamp": headers.Remove("X-HubSpot-Request-Timestamp"); break;
            case "signature not base64": headers["X-HubSpot-Signature-v3"] = "%%%not-base64%%%"; break;
            case "timestamp not a number": headers["X-HubSpot-Request-Timestamp"] = "yesterday"; break;
        }

        using var response = await host.PostAsync(problem == "tampered body" ? Body.Replace("Zoë", "Zoe", StringComparison.Ordinal) : Body, headers, url);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await host.EntriesAsync()).Should().BeEmpty();
        host.Logs.GetSnapshot().Should().Contain(r => r.Message.Contains("401", StringComparison.Ordinal));
        host.Logs.GetSnapshot().Should().NotContain(r => r.Message.Contains(WebhookHost.Secret, StringComparison.Ordinal) || r.Message.Contains("propertyValue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_timestamp_within_the_tolerance_either_way_is_accepted()
    {
        await using var host = await WebhookHost.StartAsync();

        using var late = await host.PostSignedV3Async(Body, clockOffset: -TimeSpan.FromMinutes(4.9));
        using var early = await host.PostSignedV3Async(Body.Replace("501", "502", StringComparison.Ordinal), clockOffset: TimeSpan.FromMinutes(4.9));

        (late.StatusCode, early.StatusCode).Should().Be((HttpStatusCode.OK, HttpStatusCode.OK));
        (await host.EntriesAsync()).Should().HaveCount(2);
    }

    [Fact]
    public async Task V1_is_accepted_when_allowed_and_matches_HubSpots_published_example()
    {
        // HubSpot's guide: this secret and body give 232db261…17de.
        const string secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
        const string body = """[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]""";
        HubSpotSignatures.V1(secret, body).Should().Be("232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de");
        await using var host = await WebhookHost.StartAsync(o =>
        {
            o.HubSpot.ClientSecret = secret;
            o.Webhooks.AllowedSignatureVersions = WebhookSignatureVersions.V1 | WebhookSignatureVersions.V3;
        });

        using var response = await host.PostAsync(body, V1Headers("232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.EntriesAsync()).Should().ContainSingle().Which.ObjectId.Should().Be("123");
    }

    [Fact]
    public async Task V1_is_refused_unless_allowed_and_a_bad_v1_is_refused()
    {
        await using var v3Only = await WebhookHost.StartAsync();
        using var notAllowed = await v3Only.PostAsync(Body, V1Headers(HubSpotSignatures.V1(WebhookHost.Secret, Body)));
        notAllowed.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await v3Only.EntriesAsync()).Should().BeEmpty();

        await using var v1 = await WebhookHost.StartAsync(o => o.Webhooks.AllowedSignatureVersions = WebhookSignatureVersions.V1);
        using var tampered = await v1.PostAsync(Body.Replace("901", "902", StringComparison.Ordinal), V1Headers(HubSpotSignatures.V1(WebhookHost.Secret, Body)));
        using var wrongSecret = await v1.PostAsync(Body, V1Headers(HubSpotSignatures.V1("not-the-secret", Body)));
        (tampered.StatusCode, wrongSecret.StatusCode).Should().Be((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized));
        (await v1.EntriesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task V2_covers_method_and_url_as_sent()
    {
        await using var host = await WebhookHost.StartAsync(o => o.Webhooks.AllowedSignatureVersions = WebhookSignatureVersions.V2);
        var url = host.Url.AbsoluteUri + "?tenant=north%3Acampus";

        using var good = await host.PostAsync(Body, V2Headers(HubSpotSignatures.V2(WebhookHost.Secret, "POST", url, Body)), url);
        using var otherUrl = await host.PostAsync(Body, V2Headers(HubSpotSignatures.V2(WebhookHost.Secret, "POST", url + "&x=1", Body)), url);
        using var otherMethod = await host.PostAsync(Body, V2Headers(HubSpotSignatures.V2(WebhookHost.Secret, "PUT", url, Body)), url);

        (good.StatusCode, otherUrl.StatusCode, otherMethod.StatusCode).Should().Be((HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized));
        (await host.EntriesAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task A_bad_v3_signature_is_not_rescued_by_a_good_v1_one()
    {
        await using var host = await WebhookHost.StartAsync(o => o.Webhooks.AllowedSignatureVersions = WebhookSignatureVersions.All);
        var headers = V1Headers(HubSpotSignatures.V1(WebhookHost.Secret, Body));
        headers["X-HubSpot-Signature-v3"] = HubSpotSignatures.V3("not-the-secret", "POST", host.Url.AbsoluteUri, Body, host.Timestamp());
        headers["X-HubSpot-Request-Timestamp"] = host.Timestamp();

        using var response = await host.PostAsync(Body, headers);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await host.EntriesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_proxy_public_base_url_replaces_scheme_host_port_and_keeps_path_and_query()
    {
        await using var host = await WebhookHost.StartAsync(o => o.Webhooks.PublicBaseUrl = new Uri("https://crm.example.edu.au:8443/integration/"));
        var query = "?tenant=north%3Acampus";
        var timestamp = host.Timestamp();
        var signedUrl = "https://crm.example.edu.au:8443/integration/hubspot/webhooks" + query;

        using var response = await host.PostAsync(Body, new Dictionary<string, string>
        {
            ["X-HubSpot-Signature-v3"] = HubSpotSignatures.V3(WebhookHost.Secret, "POST", signedUrl, Body, timestamp),
            ["X-HubSpot-Request-Timestamp"] = timestamp,
        }, host.Url.AbsoluteUri + query);
        using var localUrl = await host.PostSignedV3Async(Body);

        (response.StatusCode, localUrl.StatusCode).Should().Be((HttpStatusCode.OK, HttpStatusCode.Unauthorized), "behind the proxy only the public URL is what HubSpot signed");
        (await host.EntriesAsync()).Should().ContainSingle();
    }

    private static Dictionary<string, string> V1Headers(string signature) => new() { ["X-HubSpot-Signature"] = signature, ["X-HubSpot-Signature-Version"] = "v1" };

    private static Dictionary<string, string> V2Headers(string signature) => new() { ["X-HubSpot-Signature"] = signature, ["X-HubSpot-Signature-Version"] = "v2" };
}
