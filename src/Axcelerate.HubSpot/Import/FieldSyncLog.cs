using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Import;

/// <summary>Log messages of the Sync Fields tool (range <see cref="LogEventIds.Import"/>, from +100).</summary>
internal static partial class FieldSyncLog
{
    [LoggerMessage(EventId = LogEventIds.Import + 100, Level = LogLevel.Information, Message = "Sync Fields ({Direction} {Fields}) resumes from its checkpoint")]
    public static partial void Resuming(ILogger logger, FieldSyncDirection direction, string fields);

    [LoggerMessage(EventId = LogEventIds.Import + 101, Level = LogLevel.Information, Message = "Sync Fields ({Direction} {Fields}): page of {Records} linked contacts done (dry run: {DryRun}); updated {Updated}, unchanged {Unchanged}, failed {Failed}; more pages: {HasMore}")]
    public static partial void PageDone(ILogger logger, FieldSyncDirection direction, string fields, int records, bool dryRun, int updated, int unchanged, int failed, bool hasMore);

    [LoggerMessage(EventId = LogEventIds.Import + 102, Level = LogLevel.Warning, Message = "Sync Fields ({Direction}) of aXcelerate contact {AxcelerateId} / HubSpot contact {HubSpotId} failed: {Reason}")]
    public static partial void RecordFailed(ILogger logger, FieldSyncDirection direction, long axcelerateId, string hubSpotId, string reason);

    [LoggerMessage(EventId = LogEventIds.Import + 103, Level = LogLevel.Warning, Message = "Sync Fields ({Direction}) stopped on a transient failure after {Done} records; the unfinished page is redone when it resumes")]
    public static partial void TransientStop(ILogger logger, Exception exception, FieldSyncDirection direction, int done);

    [LoggerMessage(EventId = LogEventIds.Import + 104, Level = LogLevel.Information, Message = "Sync Fields ({Direction} {Fields}) reached the last linked contact")]
    public static partial void Completed(ILogger logger, FieldSyncDirection direction, string fields);
}
