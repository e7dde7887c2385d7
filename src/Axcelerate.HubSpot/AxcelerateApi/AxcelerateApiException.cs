using System.Net;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// aXcelerate refused a request: a non-success HTTP status, or a success status whose body carries <c>ERROR: true</c>.
/// The message names the endpoint (method and path) and aXcelerate's own messages; it never contains the tokens.
/// </summary>
public sealed class AxcelerateApiException : IntegrationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="endpoint">The method and path, e.g. <c>POST /api/contact/</c>.</param>
    /// <param name="messages">aXcelerate's short message (<c>MESSAGES</c>).</param>
    /// <param name="details">aXcelerate's long message (<c>DETAILS</c>).</param>
    /// <param name="code">aXcelerate's <c>CODE</c> (often the HTTP status, sometimes <c>"0"</c>).</param>
    /// <param name="retryAfter">The <c>Retry-After</c> the server asked for, if any.</param>
    public AxcelerateApiException(HttpStatusCode statusCode, string endpoint, string? messages, string? details, string? code, TimeSpan? retryAfter = null)
        : base(BuildMessage(statusCode, endpoint, messages, details))
    {
        StatusCode = statusCode;
        Endpoint = endpoint;
        (RequestMethod, RequestPath) = SplitEndpoint(endpoint);
        Messages = messages;
        Details = details;
        ErrorCode = code;
        RetryAfter = retryAfter;
    }

    /// <summary>Creates an exception with a message only (for serializers and tests).</summary>
    public AxcelerateApiException()
        : this(HttpStatusCode.InternalServerError, "unknown", null, null, null)
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public AxcelerateApiException(string message)
        : base(message)
    {
        Endpoint = "unknown";
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AxcelerateApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Endpoint = "unknown";
    }

    /// <summary>
    /// Creates the exception for a call that got no response: a network failure or a timeout
    /// (<see cref="IntegrationApiException.StatusCode"/> is null and <see cref="IntegrationApiException.IsTransient"/> true).
    /// </summary>
    /// <param name="endpoint">The method and path, e.g. <c>GET /api/contact/42</c>.</param>
    /// <param name="reason">What happened, e.g. <c>timed out after 30 s</c>.</param>
    /// <param name="innerException">The transport's exception.</param>
    public AxcelerateApiException(string endpoint, string reason, Exception? innerException)
        : base($"aXcelerate {endpoint} failed: {reason}", innerException)
    {
        Endpoint = endpoint;
        (RequestMethod, RequestPath) = SplitEndpoint(endpoint);
    }

    /// <inheritdoc/>
    public override RemoteService Service => RemoteService.Axcelerate;

    /// <summary>The method and path that failed, e.g. <c>PUT /api/contact/42</c> (no query string, no tokens).</summary>
    public string Endpoint { get; }

    /// <summary>aXcelerate's short message (<c>MESSAGES</c>), e.g. <c>Validation Error.</c></summary>
    public string? Messages { get; }

    /// <summary>aXcelerate's long message (<c>DETAILS</c>), e.g. the comma-joined validation failures.</summary>
    public string? Details { get; }

    /// <summary>
    /// aXcelerate's <c>CODE</c>, the same value as <see cref="IntegrationApiException.ErrorCode"/>; not reliable (can be
    /// <c>"0"</c>), prefer <see cref="IntegrationApiException.StatusCode"/>.
    /// </summary>
    public string? Code => ErrorCode;

    private static (string? Method, string? Path) SplitEndpoint(string endpoint)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? (endpoint[..space], endpoint[(space + 1)..]) : (null, null);
    }

    private static string BuildMessage(HttpStatusCode statusCode, string endpoint, string? messages, string? details)
    {
        var text = $"aXcelerate {endpoint} failed with {(int)statusCode} {statusCode}";
        if (!string.IsNullOrWhiteSpace(messages))
        {
            text += $": {messages}";
        }

        if (!string.IsNullOrWhiteSpace(details))
        {
            text += $" ({details})";
        }

        return text;
    }
}
