namespace Axcelerate.HubSpot.Storage;

/// <summary>One webhook event in the incoming log.</summary>
/// <param name="Id">The log's own id; newer entries have larger ids.</param>
/// <param name="EventId">HubSpot's <c>eventId</c>.</param>
/// <param name="SubscriptionType">HubSpot's <c>subscriptionType</c>.</param>
/// <param name="ObjectId">The HubSpot record the event is about.</param>
/// <param name="OccurredAt">When it happened in HubSpot (UTC).</param>
/// <param name="Payload">The raw JSON of the event.</param>
/// <param name="Status">Where processing stands.</param>
/// <param name="Attempts">How many times processing started.</param>
/// <param name="ReceivedAt">When the event was logged (UTC).</param>
/// <param name="UpdatedAt">When the entry last changed (UTC).</param>
public sealed record IncomingLogEntry(
    long Id,
    long EventId,
    string SubscriptionType,
    string ObjectId,
    DateTimeOffset OccurredAt,
    string Payload,
    IncomingStatus Status,
    int Attempts,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>HubSpot's <c>portalId</c>, when present.</summary>
    public long? PortalId { get; init; }

    /// <summary>Why the last attempt failed or was skipped; null otherwise. Never holds secrets.</summary>
    public string? Error { get; init; }

    /// <summary>What processing did, in words (e.g. <c>updated aXcelerate contact 123: emailAddress, mobilephone</c>); null until it succeeded.</summary>
    public string? Result { get; init; }

    /// <summary>For a <see cref="IncomingStatus.Pending"/> entry waiting after a transient failure: the earliest time it runs again (UTC); null when due at once.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>
    /// For a <see cref="IncomingStatus.Processing"/> entry: when its processor's claim lapses (UTC). A processor that
    /// died leaves the entry in Processing; after this time another processor claims it again.
    /// </summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>The HubSpot object type the event is about: the part of <see cref="SubscriptionType"/> before the dot (<c>contact</c>, <c>company</c>, <c>deal</c>).</summary>
    public string ObjectType => SubscriptionType.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? SubscriptionType[..dot] : SubscriptionType;
}
