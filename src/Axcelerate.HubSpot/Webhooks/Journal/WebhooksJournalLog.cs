using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Log lines of the webhooks journal reader (event ids 8000-8099). Never logs tokens or secrets.</summary>
internal static partial class WebhooksJournalLog
{
    [LoggerMessage(EventId = LogEventIds.WebhooksJournal + 0, Level = LogLevel.Information, Message = "Webhooks journal {Journal}: read {Entries} entries, logged {Appended} events ({Duplicates} already logged); offset {Offset}")]
    public static partial void Read(ILogger logger, string journal, int entries, int appended, int duplicates, string? offset);

    [LoggerMessage(EventId = LogEventIds.WebhooksJournal + 1, Level = LogLevel.Warning, Message = "Webhooks journal {Journal}: the stored offset {Offset} has expired (HubSpot keeps 3 days). Changes published between {MissedFrom:O} and {MissedUntil:O} may have been missed; reading continues from the earliest kept entry. Run an import or a Sync Fields pass to catch up on them.")]
    public static partial void OffsetExpired(ILogger logger, string journal, string offset, DateTimeOffset? missedFrom, DateTimeOffset? missedUntil);

    [LoggerMessage(EventId = LogEventIds.WebhooksJournal + 2, Level = LogLevel.Error, Message = "Webhooks journal {Journal}: a poll failed; the next poll retries from the stored offset")]
    public static partial void PollFailed(ILogger logger, string journal, Exception exception);

    [LoggerMessage(EventId = LogEventIds.WebhooksJournal + 3, Level = LogLevel.Information, Message = "Webhooks journal {Journal}: first run, starting after the latest entry {Offset}")]
    public static partial void StartedAtLatest(ILogger logger, string journal, string? offset);

    [LoggerMessage(EventId = LogEventIds.WebhooksJournal + 4, Level = LogLevel.Information, Message = "Webhooks journal: client-credentials token obtained for scopes {Scopes}; it expires at {ExpiresAt:O}")]
    public static partial void TokenObtained(ILogger logger, string scopes, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = LogEventIds.WebhooksJournal + 5, Level = LogLevel.Information, Message = "Webhooks journal: created subscription {SubscriptionId} ({SubscriptionType} {ObjectTypeId}: {Actions})")]
    public static partial void SubscriptionCreated(ILogger logger, long subscriptionId, string subscriptionType, string objectTypeId, IReadOnlyList<string> actions);
}
