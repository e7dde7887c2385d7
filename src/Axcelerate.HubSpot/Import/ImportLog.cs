using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Import;

/// <summary>Log messages of the import (range <see cref="LogEventIds.Import"/>).</summary>
internal static partial class ImportLog
{
    [LoggerMessage(EventId = LogEventIds.Import + 0, Level = LogLevel.Information, Message = "Import of {Entity} resumes from its checkpoint (started {StartedAt})")]
    public static partial void Resuming(ILogger logger, MappedEntity entity, DateTimeOffset startedAt);

    [LoggerMessage(EventId = LogEventIds.Import + 1, Level = LogLevel.Information, Message = "Import of {Entity}: page of {Records} records done (dry run: {DryRun}); created {Created}, linked {Linked}, updated {Updated}, unchanged {Unchanged}, skipped {Skipped}, ambiguous {Ambiguous}, failed {Failed}; more pages: {HasMore}")]
    public static partial void PageDone(ILogger logger, MappedEntity entity, int records, bool dryRun, int created, int linked, int updated, int unchanged, int skipped, int ambiguous, int failed, bool hasMore);

    [LoggerMessage(EventId = LogEventIds.Import + 2, Level = LogLevel.Warning, Message = "Import of {Entity} HubSpot record {HubSpotId} failed: {Reason}")]
    public static partial void RecordFailed(ILogger logger, MappedEntity entity, string hubSpotId, string reason);

    [LoggerMessage(EventId = LogEventIds.Import + 3, Level = LogLevel.Information, Message = "Import of {Entity} HubSpot record {HubSpotId} matched several aXcelerate records ({CandidateIds}); nothing written")]
    public static partial void RecordAmbiguous(ILogger logger, MappedEntity entity, string hubSpotId, IReadOnlyList<long> candidateIds);

    [LoggerMessage(EventId = LogEventIds.Import + 4, Level = LogLevel.Warning, Message = "Import of {Entity} stopped on a transient failure after {Done} records; the unfinished page is redone when the import resumes")]
    public static partial void TransientStop(ILogger logger, Exception exception, MappedEntity entity, int done);

    [LoggerMessage(EventId = LogEventIds.Import + 6, Level = LogLevel.Warning, Message = "Import of {Entity} stopped at HubSpot's daily API limit after {Records} records in {Pages} finished pages; it resumes from its checkpoint after the reset at {ResetsAt:O}")]
    public static partial void DailyLimitStop(ILogger logger, MappedEntity entity, int records, int pages, DateTimeOffset resetsAt);

    [LoggerMessage(EventId = LogEventIds.Import + 7, Level = LogLevel.Warning, Message = "Could not read the HubSpot account's time zone ({Reason}); a stop at the daily limit estimates the reset at midnight UTC")]
    public static partial void PortalZoneUnknown(ILogger logger, string reason);

    [LoggerMessage(EventId = LogEventIds.Import + 5, Level = LogLevel.Information, Message = "Import of {Entity} reached the last page")]
    public static partial void Completed(ILogger logger, MappedEntity entity);

    [LoggerMessage(EventId = LogEventIds.Import + 40, Level = LogLevel.Information, Message = "Created the HubSpot {ObjectType} property {Property} (unique values) that carries the linked aXcelerate id")]
    public static partial void AxcelerateIdCreated(ILogger logger, string objectType, string property);

    [LoggerMessage(EventId = LogEventIds.Import + 41, Level = LogLevel.Warning, Message = "The HubSpot {ObjectType} property {Property} exists without unique values; two records may carry the same aXcelerate id")]
    public static partial void AxcelerateIdNotUnique(ILogger logger, string objectType, string property);

    [LoggerMessage(EventId = LogEventIds.Import + 42, Level = LogLevel.Warning, Message = "HubSpot refused the aXcelerate id on {ObjectType} record {HubSpotId}: {Reason}")]
    public static partial void AxcelerateIdRefused(ILogger logger, string objectType, string hubSpotId, string reason);

    [LoggerMessage(EventId = LogEventIds.Import + 43, Level = LogLevel.Information, Message = "Links of {Entity} rebuilt from HubSpot: {Restored} restored, {AlreadyLinked} already linked, {Conflicts} conflicts, {Missing} missing in aXcelerate")]
    public static partial void LinksRebuilt(ILogger logger, MappedEntity entity, int restored, int alreadyLinked, int conflicts, int missing);
}
