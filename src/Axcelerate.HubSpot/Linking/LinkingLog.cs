using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Linking;

/// <summary>Log messages of link and export (range <see cref="LogEventIds.Linking"/>).</summary>
internal static partial class LinkingLog
{
    [LoggerMessage(EventId = LogEventIds.Linking + 0, Level = LogLevel.Information, Message = "Linked aXcelerate {Entity} {AxcelerateId} to HubSpot record {HubSpotId} ({Outcome})")]
    public static partial void Linked(ILogger logger, MappedEntity entity, long axcelerateId, string hubSpotId, LinkOutcome outcome);

    [LoggerMessage(EventId = LogEventIds.Linking + 1, Level = LogLevel.Information, Message = "Export of aXcelerate {Entity} {AxcelerateId} met HubSpot's conflict: record {HubSpotId} already exists (search had not caught up); linking to it instead")]
    public static partial void ExportConflict(ILogger logger, MappedEntity entity, long axcelerateId, string hubSpotId);

    [LoggerMessage(EventId = LogEventIds.Linking + 2, Level = LogLevel.Information, Message = "{Operation} of aXcelerate {Entity} {AxcelerateId} refused ({Refusal}): {Reason}")]
    public static partial void Refused(ILogger logger, string operation, MappedEntity entity, long axcelerateId, LinkRefusal refusal, string reason);

    [LoggerMessage(EventId = LogEventIds.Linking + 3, Level = LogLevel.Information, Message = "Unlinked aXcelerate {Entity} {AxcelerateId} from HubSpot record {HubSpotId}")]
    public static partial void Unlinked(ILogger logger, MappedEntity entity, long axcelerateId, string hubSpotId);

    [LoggerMessage(EventId = LogEventIds.Linking + 4, Level = LogLevel.Warning, Message = "Exported {Entity} HubSpot record {HubSpotId}: {Count} associations were refused: {Errors}")]
    public static partial void AssociationsRefused(ILogger logger, MappedEntity entity, string hubSpotId, int count, string errors);

    [LoggerMessage(EventId = LogEventIds.Linking + 5, Level = LogLevel.Warning, Message = "The link of {Entity} HubSpot record {HubSpotId} stands, but HubSpot refused its axcelerate_id value: {Problem}")]
    public static partial void AxcelerateIdNotWritten(ILogger logger, MappedEntity entity, string hubSpotId, string problem);
}
