using System.Net;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// aXcelerate refused a request: a non-success HTTP status, or a success status whose body carries <c>ERROR: true</c>.
/// The message names the endpoint (method and path) and aXcelerate's own messages; it never contains the tokens.
/// </summary>
public sealed class AxcelerateApiException : Exception
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
        Messages = messages;
        Details = details;
        Code = code;
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

    /// <summary>The HTTP status of the response (200 when aXcelerate reported <c>ERROR: true</c> in a success response).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The method and path that failed, e.g. <c>PUT /api/contact/42</c> (no query string, no tokens).</summary>
    public string Endpoint { get; }

    /// <summary>aXcelerate's short message (<c>MESSAGES</c>), e.g. <c>Validation Error.</c></summary>
    public string? Messages { get; }

    /// <summary>aXcelerate's long message (<c>DETAILS</c>), e.g. the comma-joined validation failures.</summary>
    public string? Details { get; }

    /// <summary>aXcelerate's <c>CODE</c>; not reliable (can be <c>"0"</c>), prefer <see cref="StatusCode"/>.</summary>
    public string? Code { get; }

    /// <summary>The wait the server asked for with <c>Retry-After</c> (429), if any.</summary>
    public TimeSpan? RetryAfter { get; }

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
