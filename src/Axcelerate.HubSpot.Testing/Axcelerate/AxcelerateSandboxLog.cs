using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>Log messages of the aXcelerate emulator (EventIds 9200-9299).</summary>
internal static partial class AxcelerateSandboxLog
{
    [LoggerMessage(EventId = 9200, Level = LogLevel.Information, Message = "aXcelerate sandbox answered 429 to {Method} {Path}; retry after {RetryAfterSeconds} s")]
    public static partial void RateLimited(ILogger logger, string method, string path, int retryAfterSeconds);

    [LoggerMessage(EventId = 9201, Level = LogLevel.Warning, Message = "aXcelerate sandbox webhook {Type} ({MessageId}) attempt {Attempt} failed with status {StatusCode}")]
    public static partial void WebhookFailed(ILogger logger, string type, string messageId, int attempt, int? statusCode);
}
