using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Deals;

/// <summary>Log messages of deal-stage mapping (range <see cref="LogEventIds.Deals"/>).</summary>
internal static partial class DealsLog
{
    [LoggerMessage(EventId = LogEventIds.Deals + 0, Level = LogLevel.Information, Message = "Deal stage map saved for pipeline {PipelineId}: {Mapped} of {Total} stages mapped")]
    public static partial void MapSaved(ILogger logger, string pipelineId, int mapped, int total);

    [LoggerMessage(EventId = LogEventIds.Deals + 1, Level = LogLevel.Warning, Message = "Deal stage not resolved: {Problem}")]
    public static partial void Unresolved(ILogger logger, string problem);
}
