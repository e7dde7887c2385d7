using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Log messages of the webhook receiver (<see cref="LogEventIds.Webhooks"/> + 400 to 449); never the body or the secret.</summary>
internal static partial class WebhookReceiverLog
{
    [LoggerMessage(EventId = LogEventIds.Webhooks + 400, Level = LogLevel.Warning, Message = "Refused a HubSpot webhook request with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 401, Level = LogLevel.Information, Message = "Logged {NewCount} HubSpot webhook events as Pending ({DuplicateCount} already logged)")]
    public static partial void Logged(ILogger logger, int newCount, int duplicateCount);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 402, Level = LogLevel.Error, Message = "Cannot receive HubSpot webhooks: {Reason}")]
    public static partial void NotConfigured(ILogger logger, string reason);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 403, Level = LogLevel.Error, Message = "Could not write {EventCount} HubSpot webhook events to the incoming log; answered 500 so HubSpot retries")]
    public static partial void StoreFailed(ILogger logger, Exception exception, int eventCount);
}
