using System.Text.Json.Nodes;

namespace Axcelerate.HubSpot.TestKit.Http;

/// <summary>One request as the stub primary handler saw it (after every delegating handler of the client ran).</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Uri">The absolute request URI.</param>
/// <param name="Headers">The request headers (not the content headers), comma-joined, names case-insensitive.</param>
/// <param name="ContentType">The content's media type, or null.</param>
/// <param name="Body">The content as text, or empty when the request had none (see <see cref="HasContent"/>).</param>
/// <param name="At">When it arrived, by the handler's clock.</param>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string Body,
    DateTimeOffset At)
{
    /// <summary>Whether the request carried content at all.</summary>
    public bool HasContent { get; init; }

    /// <summary>Cancelled when the client gives up on the request (timeout or caller cancellation).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The path, without the query.</summary>
    public string Path => Uri.AbsolutePath;

    /// <summary>The raw query including its leading <c>?</c>, or empty.</summary>
    public string Query => Uri.Query;

    /// <summary>The path and the raw query.</summary>
    public string PathAndQuery => Uri.PathAndQuery;

    /// <summary>The <c>Authorization</c> header, or null.</summary>
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    /// <summary>The query pairs, decoded, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryPairs => UrlEncoded.Parse(Query);

    /// <summary>The form body pairs, decoded, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Form => UrlEncoded.Parse(Body);

    /// <summary>The query as a dictionary (names case-sensitive, as aXcelerate documents them; a repeated name throws).</summary>
    public IReadOnlyDictionary<string, string> QueryMap => UrlEncoded.ToMap(QueryPairs);

    /// <summary>The form as a dictionary (names case-sensitive; a repeated name throws).</summary>
    public IReadOnlyDictionary<string, string> FormMap => UrlEncoded.ToMap(Form);

    /// <summary>The body parsed as JSON (a method, so assertion messages that print a request never parse a form body).</summary>
    public JsonNode ReadJson() => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    /// <summary>One query parameter, its repeated values comma-joined (as <c>HttpUtility.ParseQueryString</c> does), or null.</summary>
    public string? QueryValue(string name)
    {
        var values = QueryPairs.Where(p => p.Key == name).Select(p => p.Value).ToList();
        return values.Count == 0 ? null : string.Join(',', values);
    }

    /// <summary>The method, path and query, and the body, for assertion messages (never parses the body).</summary>
    public override string ToString() => $"{Method} {PathAndQuery} {Body}".TrimEnd();
}
