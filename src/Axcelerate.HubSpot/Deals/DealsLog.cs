using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Deals;

/// <summary>Log messages of deal-stage mapping (EventIds 3700-3799).</summary>
internal static partial class DealsLog
{
    [LoggerMessage(EventId = 3700, Level = LogLevel.Information, Message = "Deal stage map saved for pipeline {PipelineId}: {Mapped} of {Total} stages mapped")]
    public static partial void MapSaved(ILogger logger, string pipelineId, int mapped, int total);

    [LoggerMessage(EventId = 3701, Level = LogLevel.Warning, Message = "Deal stage not resolved: {Problem}")]
    public static partial void Unresolved(ILogger logger, string problem);
}
