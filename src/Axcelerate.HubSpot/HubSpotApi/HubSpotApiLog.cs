using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Log lines of the HubSpot client (event ids 1000-1999). Never logs tokens, secrets, headers or query strings.</summary>
internal static partial class HubSpotApiLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "HubSpot {Method} {Path} returned {StatusCode}; retry {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void RetryingAfterStatus(ILogger logger, string method, string path, int statusCode, int attempt, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "HubSpot {Method} {Path} failed ({Failure}); retry {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void RetryingAfterFailure(ILogger logger, string method, string path, string failure, int attempt, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "HubSpot rate-limit window is now {Max} requests per {IntervalMs} ms")]
    public static partial void RateWindowResized(ILogger logger, int max, long intervalMs);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "HubSpot daily request limit reached on {Method} {Path}; it resets about {ResetsAt:O}")]
    public static partial void DailyLimitReached(ILogger logger, string method, string path, DateTimeOffset resetsAt);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "HubSpot {Policy} rate limit reached on {Method} {Path}")]
    public static partial void ShortLimitReached(ILogger logger, string policy, string method, string path);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "HubSpot OAuth access token refreshed; it expires at {ExpiresAt:O}")]
    public static partial void TokenRefreshed(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "HubSpot OAuth authorisation code exchanged for portal {HubId}")]
    public static partial void CodeExchanged(ILogger logger, long? hubId);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "HubSpot OAuth grant revoked")]
    public static partial void GrantRevoked(ILogger logger);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Error, Message = "HubSpot refused the OAuth refresh token ({Reason}); the grant is marked invalid and no further refresh is attempted until the integration is authorised again")]
    public static partial void GrantInvalid(ILogger logger, string reason);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "HubSpot {Method} {Path} failed with {StatusCode} {Category} (correlation id {CorrelationId})")]
    public static partial void RequestFailed(ILogger logger, string method, string path, int statusCode, string? category, string? correlationId);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Debug, Message = "HubSpot {Method} {Path} found nothing (404, correlation id {CorrelationId})")]
    public static partial void NotFound(ILogger logger, string method, string path, string? correlationId);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "HubSpot batch {Operation} on {ObjectType}: a request of {Count} inputs failed with {StatusCode} {Category}; its inputs are reported as errors")]
    public static partial void BatchChunkFailed(ILogger logger, string operation, string objectType, int count, int statusCode, string? category);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Debug, Message = "HubSpot search on {ObjectType} reached the 10,000-result window; continuing after hs_object_id {LastId}")]
    public static partial void SearchWindowMoved(ILogger logger, string objectType, string lastId);
}
