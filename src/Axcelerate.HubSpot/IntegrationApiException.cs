using System.Net;

namespace Axcelerate.HubSpot;

/// <summary>
/// A call to HubSpot or aXcelerate failed: the service refused it, or it could not be reached. Catch this type to
/// handle both services alike, and decide between retrying later and failing the record from
/// <see cref="IsTransient"/> alone. Never carries a token, a query string or a header.
/// </summary>
public abstract class IntegrationApiException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    protected IntegrationApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    protected IntegrationApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The service that failed.</summary>
    public abstract RemoteService Service { get; }

    /// <summary>The HTTP status, or null when no response arrived (network failure, timeout).</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The service's error code: HubSpot's <c>category</c>, aXcelerate's <c>CODE</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The service's correlation id for the failed call, when it sends one; quote it to its support.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string? RequestMethod { get; init; }

    /// <summary>The path of the failed request, without query string.</summary>
    public string? RequestPath { get; init; }

    /// <summary>How long the service asked the caller to wait before trying again, when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// True when the same call may succeed later unchanged: no response arrived (network failure, timeout), or the
    /// service answered 408, 429, 500, 502, 503 or 504. False when the request itself must change (validation, not
    /// found, conflict, authentication).
    /// </summary>
    public virtual bool IsTransient => StatusCode switch
    {
        null => true,
        HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
        _ => false,
    };
}
