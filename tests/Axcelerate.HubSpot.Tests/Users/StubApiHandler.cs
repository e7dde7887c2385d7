using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Axcelerate.HubSpot.Tests.Users;

/// <summary>
/// A primary HTTP handler that answers HubSpot- and aXcelerate-shaped JSON by method and path, and records every
/// request (method, URL, body) so tests can check what was asked.
/// </summary>
internal sealed class StubApiHandler : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string Path, Func<Uri, string, (HttpStatusCode Status, string Json)> Answer)> _routes = [];

    public ConcurrentQueue<(HttpMethod Method, Uri Url, string Body)> Requests { get; } = new();

    public StubApiHandler On(HttpMethod method, string path, Func<Uri, string, (HttpStatusCode, string)> answer)
    {
        _routes.Add((method, path, answer));
        return this;
    }

    public StubApiHandler OnJson(HttpMethod method, string path, string json) => On(method, path, (_, _) => (HttpStatusCode.OK, json));

    public int Count(HttpMethod method, string path) => Requests.Count(r => r.Method == method && r.Url.AbsolutePath == path);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request.Method, request.RequestUri!, body));
        var route = _routes.LastOrDefault(r => r.Method == request.Method && r.Path == request.RequestUri!.AbsolutePath);
        var (status, json) = route.Answer is null
            ? (HttpStatusCode.NotFound, """{"status":"error","message":"Not found","category":"OBJECT_NOT_FOUND"}""")
            : route.Answer(request.RequestUri!, body);
        return new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>Reads one field of a query string or form body.</summary>
    public static string? Field(string encoded, string name) =>
        encoded.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(parts => Uri.UnescapeDataString(parts[0].Replace('+', ' ')) == name)
            .Select(parts => parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : string.Empty)
            .FirstOrDefault();
}
