using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Log lines of the webhooks journal reader (event ids 6400-6499 of the webhooks range). Never logs tokens or secrets.</summary>
internal static partial class WebhooksJournalLog
{
    [LoggerMessage(EventId = 6400, Level = LogLevel.Information, Message = "Webhooks journal {Journal}: read {Entries} entries, logged {Appended} events ({Duplicates} already logged); offset {Offset}")]
    public static partial void Read(ILogger logger, string journal, int entries, int appended, int duplicates, string? offset);

    [LoggerMessage(EventId = 6401, Level = LogLevel.Warning, Message = "Webhooks journal {Journal}: the stored offset {Offset} has expired (HubSpot keeps 3 days). Changes published between {MissedFrom:O} and {MissedUntil:O} may have been missed; reading continues from the earliest kept entry. Run an import or a Sync Fields pass to catch up on them.")]
    public static partial void OffsetExpired(ILogger logger, string journal, string offset, DateTimeOffset? missedFrom, DateTimeOffset? missedUntil);

    [LoggerMessage(EventId = 6402, Level = LogLevel.Error, Message = "Webhooks journal {Journal}: a poll failed; the next poll retries from the stored offset")]
    public static partial void PollFailed(ILogger logger, string journal, Exception exception);

    [LoggerMessage(EventId = 6403, Level = LogLevel.Information, Message = "Webhooks journal {Journal}: first run, starting after the latest entry {Offset}")]
    public static partial void StartedAtLatest(ILogger logger, string journal, string? offset);

    [LoggerMessage(EventId = 6404, Level = LogLevel.Information, Message = "Webhooks journal: client-credentials token obtained for scopes {Scopes}; it expires at {ExpiresAt:O}")]
    public static partial void TokenObtained(ILogger logger, string scopes, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 6405, Level = LogLevel.Information, Message = "Webhooks journal: created subscription {SubscriptionId} ({SubscriptionType} {ObjectTypeId}: {Actions})")]
    public static partial void SubscriptionCreated(ILogger logger, long subscriptionId, string subscriptionType, string objectTypeId, IReadOnlyList<string> actions);
}
