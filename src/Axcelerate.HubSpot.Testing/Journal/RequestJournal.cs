using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.Journal;

/// <summary>
/// Records every request a sandbox server receives, readable from code and over HTTP at <c>/__sandbox/requests</c>.
/// Secrets are masked: credential headers, OAuth form fields and query parameters, and tokens in legacy token paths.
/// </summary>
public sealed class RequestJournal
{
    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "apitoken", "wstoken", "X-HubSpot-Signature", "X-HubSpot-Signature-v3", "Cookie",
    };

    private readonly ConcurrentQueue<JournalEntry> _entries = new();
    private readonly TimeProvider _timeProvider;

    internal RequestJournal(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>The requests received so far, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries => _entries.ToArray();

    /// <summary>Forgets every recorded request.</summary>
    public void Clear() => _entries.Clear();

    internal async Task RecordAsync(HttpRequest request)
    {
        request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(request.Body, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        request.Body.Position = 0;
        var headers = request.Headers.ToDictionary(
            h => h.Key,
            h => SecretHeaders.Contains(h.Key) ? "[redacted]" : h.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        _entries.Enqueue(new JournalEntry(
            request.Method,
            SecretRedactor.RedactPath(request.Path.Value ?? "/"),
            SecretRedactor.RedactParameters(request.QueryString.Value ?? string.Empty),
            headers,
            request.ContentType,
            request.HasFormContentType ? SecretRedactor.RedactParameters(body) : body,
            _timeProvider.GetUtcNow()));
    }
}
