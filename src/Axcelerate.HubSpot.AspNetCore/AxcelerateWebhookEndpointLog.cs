using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.AspNetCore;

/// <summary>Log messages of the aXcelerate webhook endpoint (event id 6470, beside the core receiver's); never the body or a key.</summary>
internal static partial class AxcelerateWebhookEndpointLog
{
    [LoggerMessage(EventId = 6470, Level = LogLevel.Warning, Message = "Refused an aXcelerate webhook request with {StatusCode} before it reached the receiver: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);
}
