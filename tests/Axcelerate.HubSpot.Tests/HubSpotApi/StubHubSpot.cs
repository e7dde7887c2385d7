using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

/// <summary>One request the stub received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string Body, string? Authorization, string? ContentType, DateTimeOffset At)
{
    public string PathAndQuery => Path + Query;

    /// <summary>Cancelled when the client gives up on the request (timeout or caller cancellation).</summary>
    public CancellationToken Cancellation { get; init; }

    public string? QueryValue(string name) => HttpUtility.ParseQueryString(Query).Get(name);

    public JsonNode Json => JsonNode.Parse(Body)!;
}

/// <summary>A recording primary handler answering with HubSpot-shaped JSON chosen per test.</summary>
public sealed class StubHubSpot(FakeTimeProvider time) : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public Func<RecordedRequest, Task<HttpResponseMessage>> Respond { get; set; } =
        _ => Task.FromResult(Json(HttpStatusCode.OK, "{}"));

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public void Answer(Func<RecordedRequest, HttpResponseMessage> respond) => Respond = r => Task.FromResult(respond(r));

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage Json(int status, string json, params (string Name, string Value)[] headers) =>
        Json((HttpStatusCode)status, json, headers);

    public static HttpResponseMessage NoContent() => new(HttpStatusCode.NoContent);

    public static string Record(string id, params (string Name, string Value)[] properties)
    {
        var props = new JsonObject { ["hs_object_id"] = id };
        foreach (var (name, value) in properties)
        {
            props[name] = value;
        }

        return new JsonObject
        {
            ["id"] = id,
            ["properties"] = props,
            ["createdAt"] = "2026-01-05T10:00:00.000Z",
            ["updatedAt"] = "2026-01-06T10:00:00.000Z",
            ["archived"] = false,
        }.ToJsonString();
    }

    public static string Page(string? after, params string[] records) =>
        "{\"results\":[" + string.Join(',', records) + "]" + (after is null ? "" : ",\"paging\":{\"next\":{\"after\":\"" + after + "\",\"link\":\"x\"}}") + "}";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!.AbsolutePath,
            request.RequestUri.Query,
            body,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.MediaType,
            time.GetUtcNow())
        {
            Cancellation = cancellationToken,
        };
        _requests.Enqueue(recorded);
        var response = await Respond(recorded);
        response.RequestMessage = request;
        return response;
    }
}
