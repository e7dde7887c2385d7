namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Where the webhooks journal reader stands, for a host's health page.</summary>
/// <param name="JournalKey">The journal read: <c>global</c> or <c>local:{portalId}</c>.</param>
/// <param name="Offset">The stored offset (the last entry whose events are durable), or null before the first entry.</param>
/// <param name="LastEntryPublishedAt">When that entry was published, when known.</param>
public sealed record WebhooksJournalStatus(string JournalKey, string? Offset, DateTimeOffset? LastEntryPublishedAt)
{
    /// <summary>When this process last finished a poll, successful or not.</summary>
    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>Whether the last poll reached the end of the journal.</summary>
    public bool CaughtUp { get; init; }

    /// <summary>Why the last poll failed, or null when it succeeded.</summary>
    public string? LastError { get; init; }

    /// <summary>The latest expired-offset gap this process found: what may have been missed. Null when none.</summary>
    public WebhooksJournalGap? Gap { get; init; }

    /// <summary>How many new events this process wrote to the incoming log.</summary>
    public long EventsLogged { get; init; }
}
