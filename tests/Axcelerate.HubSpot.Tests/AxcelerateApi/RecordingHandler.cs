using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

/// <summary>A primary HTTP handler that records every request and answers from a script.</summary>
internal sealed class RecordingHandler(TimeProvider clock) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<RecordedRequest, HttpResponseMessage>> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly object _gate = new();

    /// <summary>Answers when the script is empty.</summary>
    public Func<RecordedRequest, HttpResponseMessage> Fallback { get; set; } = _ => Json("[]");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>When set, every request waits on it (honouring cancellation) before being answered.</summary>
    public Task<HttpResponseMessage>? Hang { get; set; }

    public RecordedRequest Single => Requests.Should().ContainSingle().Subject;

    public RecordingHandler Then(Func<RecordedRequest, HttpResponseMessage> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public RecordingHandler ThenJson(string json, HttpStatusCode status = HttpStatusCode.OK) => Then(_ => Json(json, status));

    public RecordingHandler ThenStatus(HttpStatusCode status, Action<HttpResponseMessage>? configure = null) => Then(_ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(string.Empty) };
        configure?.Invoke(response);
        return response;
    });

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.MediaType,
            body,
            clock.GetUtcNow());
        lock (_gate)
        {
            _requests.Add(recorded);
        }

        if (Hang is { } hang)
        {
            return await hang.WaitAsync(cancellationToken);
        }

        var answer = _script.TryDequeue(out var next) ? next : Fallback;
        var response = answer(recorded);
        response.RequestMessage = request;
        return response;
    }
}

/// <summary>One request as the primary handler saw it.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string? Body,
    DateTimeOffset At)
{
    public string Path => Uri.AbsolutePath;

    /// <summary>The query string pairs, decoded, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query => ParsePairs(Uri.Query.TrimStart('?'));

    /// <summary>The form body pairs, decoded, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Form => ParsePairs(Body ?? string.Empty);

    /// <summary>The query as a dictionary (parameter names are case-sensitive, as aXcelerate documents them).</summary>
    public IReadOnlyDictionary<string, string> QueryMap => Query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The form as a dictionary (case-sensitive names).</summary>
    public IReadOnlyDictionary<string, string> FormMap => Form.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static List<KeyValuePair<string, string>> ParsePairs(string text) =>
        text.Length == 0
            ? []
            : text.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Select(parts => new KeyValuePair<string, string>(Decode(parts[0]), parts.Length > 1 ? Decode(parts[1]) : string.Empty))
                .ToList();

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
