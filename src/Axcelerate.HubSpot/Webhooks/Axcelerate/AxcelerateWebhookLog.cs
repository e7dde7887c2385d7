using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Log messages of the aXcelerate webhook receiver (<see cref="LogEventIds.Webhooks"/> + 450 to 469); never the body or the key.</summary>
internal static partial class AxcelerateWebhookLog
{
    [LoggerMessage(EventId = LogEventIds.Webhooks + 450, Level = LogLevel.Warning, Message = "Refused an aXcelerate webhook request with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 451, Level = LogLevel.Information, Message = "Logged aXcelerate webhook event {SubscriptionType} for {ObjectId} as Pending (already logged: {Duplicate})")]
    public static partial void Logged(ILogger logger, string subscriptionType, string objectId, bool duplicate);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 452, Level = LogLevel.Error, Message = "Cannot receive aXcelerate webhooks: {Reason}")]
    public static partial void NotConfigured(ILogger logger, string reason);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 453, Level = LogLevel.Error, Message = "Could not write an aXcelerate webhook event to the incoming log; answered 500 so aXcelerate redelivers it")]
    public static partial void StoreFailed(ILogger logger, Exception exception);
}
