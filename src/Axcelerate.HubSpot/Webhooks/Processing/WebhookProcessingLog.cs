using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Log messages of the webhook processor (range <see cref="LogEventIds.Webhooks"/> + 200).</summary>
internal static partial class WebhookProcessingLog
{
    [LoggerMessage(EventId = LogEventIds.Webhooks + 200, Level = LogLevel.Information, Message = "Flow {Flow} is off; incoming entry {EntryId} ({SubscriptionType} of {ObjectId}) skipped, nothing done")]
    public static partial void FlowOff(ILogger logger, SyncFlow flow, long entryId, string subscriptionType, string objectId);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 201, Level = LogLevel.Warning, Message = "Incoming entry {EntryId} ({SubscriptionType} of {ObjectId}) failed: {Error}")]
    public static partial void EntryFailed(ILogger logger, long entryId, string subscriptionType, string objectId, string error);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 202, Level = LogLevel.Warning, Message = "Incoming entry {EntryId}: attempt {Attempt} lost its claim (its lease expired and another processor took it over); its outcome was not written")]
    public static partial void ClaimLost(ILogger logger, long entryId, int attempt);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 203, Level = LogLevel.Information, Message = "Webhook processing pass: {Entries} entries; {Succeeded} succeeded, {Skipped} skipped, {Failed} failed, {Retrying} retrying")]
    public static partial void PassDone(ILogger logger, int entries, int succeeded, int skipped, int failed, int retrying);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 204, Level = LogLevel.Information, Message = "HubSpot merged {Entity} {OldHubSpotId} into {NewHubSpotId}: the link of aXcelerate record {AxcelerateId} moved")]
    public static partial void Relinked(ILogger logger, MappedEntity entity, long axcelerateId, string oldHubSpotId, string newHubSpotId);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 205, Level = LogLevel.Error, Message = "The background webhook processor's pass failed; it tries again after {Delay}")]
    public static partial void PassFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 206, Level = LogLevel.Information, Message = "The background webhook processor started (poll interval {PollInterval})")]
    public static partial void Started(ILogger logger, TimeSpan pollInterval);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 207, Level = LogLevel.Information, Message = "The background webhook processor stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = LogEventIds.Webhooks + 208, Level = LogLevel.Error, Message = "Applying the {Entity} events of a pass failed unexpectedly; its open entries are marked Failed")]
    public static partial void GroupFailed(ILogger logger, Exception exception, MappedEntity entity);
}
