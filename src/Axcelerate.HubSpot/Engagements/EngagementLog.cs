using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Engagements;

/// <summary>Log messages of the engagements views (range <see cref="LogEventIds.Engagements"/>).</summary>
internal static partial class EngagementLog
{
    [LoggerMessage(EventId = LogEventIds.Engagements + 0, Level = LogLevel.Debug, Message = "Engagements of aXcelerate {Entity} {AxcelerateId}: {Count} engagements from {Records} HubSpot records")]
    public static partial void ViewRead(ILogger logger, MappedEntity entity, long axcelerateId, int count, int records);

    [LoggerMessage(EventId = LogEventIds.Engagements + 1, Level = LogLevel.Warning, Message = "Engagements view: HubSpot could not read {What} for {Id} ({Category}): {Message}")]
    public static partial void BatchError(ILogger logger, string what, string? id, string? category, string message);
}
