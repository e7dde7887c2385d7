using System.Net;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>Log messages of the aXcelerate client (event ids 2000–2999). Never pass tokens or bodies here.</summary>
internal static partial class AxcelerateLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "aXcelerate {Endpoint} returned {StatusCode}")]
    public static partial void ResponseReceived(ILogger logger, string endpoint, int statusCode);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "aXcelerate {Endpoint} failed with {StatusCode}: {Messages} {Details}")]
    public static partial void RequestFailed(ILogger logger, string endpoint, HttpStatusCode statusCode, string? messages, string? details);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "aXcelerate {Endpoint} answered {StatusCode}; retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string endpoint, int statusCode, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "aXcelerate {Endpoint} asked to wait {RetryAfter}, longer than the configured maximum {MaxRetryAfter}; not retrying")]
    public static partial void RetryAfterTooLong(ILogger logger, string endpoint, TimeSpan retryAfter, TimeSpan maxRetryAfter);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "aXcelerate {Endpoint} returned a body that is not JSON ({StatusCode})")]
    public static partial void ResponseNotJson(ILogger logger, string endpoint, int statusCode);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "aXcelerate lookup {Lookup} loaded with {Count} entries")]
    public static partial void LookupLoaded(ILogger logger, string lookup, int count);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug, Message = "aXcelerate paging stopped at offset {Offset}: the page repeated records already seen")]
    public static partial void PagingRepeated(ILogger logger, int offset);
}
