using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.AspNetCore;

/// <summary>Log messages of the webhook endpoint (event ids 6450-6459, beside the core receiver's); never the body or a secret.</summary>
internal static partial class HubSpotWebhookEndpointLog
{
    [LoggerMessage(EventId = 6450, Level = LogLevel.Warning, Message = "Refused a HubSpot webhook request with {StatusCode} before it reached the receiver: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);
}
