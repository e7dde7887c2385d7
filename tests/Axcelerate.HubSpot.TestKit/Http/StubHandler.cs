using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Axcelerate.HubSpot.TestKit.Http;

/// <summary>
/// The one fake primary handler for tests of exact wire encoding and error parsing: records every request and answers
/// from, in order, a script of one-shot answers (<see cref="Then"/>), a route table by method and path
/// (<see cref="On"/>, the last matching route wins), then <see cref="Respond"/>. Modelled on dotnet/extensions'
/// <c>TestHandlerStub</c>. Tests of HTTP behaviour belong on the sandbox (<see cref="SandboxHost"/>) instead.
/// </summary>
public sealed class StubHandler(TimeProvider? clock = null) : HttpMessageHandler
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentQueue<Func<RecordedRequest, HttpResponseMessage>> _script = new();
    private readonly List<(HttpMethod Method, string Path, Func<RecordedRequest, Task<HttpResponseMessage>> Answer)> _routes = [];
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    /// <summary>Answers what neither the script nor a route answers (by default 200 with <c>{}</c>).</summary>
    public Func<RecordedRequest, Task<HttpResponseMessage>> Respond { get; set; } = _ => Task.FromResult(Json("{}"));

    /// <summary>Sets <see cref="Respond"/> to a synchronous answer.</summary>
    public Func<RecordedRequest, HttpResponseMessage> Fallback
    {
        set => Respond = r => Task.FromResult(value(r));
    }

    /// <summary>When set, every request waits on it (honouring cancellation) instead of being answered.</summary>
    public Task<HttpResponseMessage>? Hang { get; set; }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The only request so far (fails the test otherwise).</summary>
    public RecordedRequest Single => Requests.Should().ContainSingle().Subject;

    /// <summary>Answers every request with <paramref name="answer"/> (sets <see cref="Respond"/>).</summary>
    public StubHandler Answer(Func<RecordedRequest, HttpResponseMessage> answer)
    {
        Fallback = answer;
        return this;
    }

    /// <summary>Adds a route: requests with this method and path get <paramref name="answer"/>.</summary>
    public StubHandler On(HttpMethod method, string path, Func<RecordedRequest, HttpResponseMessage> answer)
    {
        lock (_gate)
        {
            _routes.Add((method, path, r => Task.FromResult(answer(r))));
        }

        return this;
    }

    /// <summary>Adds a route answering JSON.</summary>
    public StubHandler OnJson(HttpMethod method, string path, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        On(method, path, _ => Json(json, status));

    /// <summary>Queues a one-shot answer for the next request the script has not answered yet.</summary>
    public StubHandler Then(Func<RecordedRequest, HttpResponseMessage> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    /// <summary>Queues a one-shot JSON answer.</summary>
    public StubHandler ThenJson(string json, HttpStatusCode status = HttpStatusCode.OK) => Then(_ => Json(json, status));

    /// <summary>Queues a one-shot answer with an empty body.</summary>
    public StubHandler ThenStatus(HttpStatusCode status, Action<HttpResponseMessage>? configure = null) => Then(_ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(string.Empty) };
        configure?.Invoke(response);
        return response;
    });

    /// <summary>How many requests went to this method and path.</summary>
    public int Count(HttpMethod method, string path) => Requests.Count(r => r.Method == method && r.Path == path);

    /// <summary>A JSON answer.</summary>
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A JSON answer with extra response headers.</summary>
    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = Json(json, status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    /// <summary>A JSON answer with a numeric status and extra response headers.</summary>
    public static HttpResponseMessage Json(int status, string json, params (string Name, string Value)[] headers) =>
        Json((HttpStatusCode)status, json, headers);

    /// <summary>A 204 answer.</summary>
    public static HttpResponseMessage NoContent() => new(HttpStatusCode.NoContent);

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.MediaType,
            body,
            _clock.GetUtcNow())
        {
            HasContent = request.Content is not null,
            Cancellation = cancellationToken,
        };
        Func<RecordedRequest, Task<HttpResponseMessage>>? route;
        lock (_gate)
        {
            _requests.Add(recorded);
            route = _routes.LastOrDefault(r => r.Method == request.Method && r.Path == recorded.Path).Answer;
        }

        if (Hang is { } hang)
        {
            return await hang.WaitAsync(cancellationToken);
        }

        var response = _script.TryDequeue(out var next) ? next(recorded) : await (route ?? Respond)(recorded);
        response.RequestMessage = request;
        return response;
    }
}
