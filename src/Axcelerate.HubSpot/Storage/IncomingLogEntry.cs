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
}
