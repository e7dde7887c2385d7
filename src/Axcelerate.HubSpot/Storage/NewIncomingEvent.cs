namespace Axcelerate.HubSpot.Storage;

/// <summary>A webhook event as received, before it is logged.</summary>
/// <param name="EventId">HubSpot's <c>eventId</c>.</param>
/// <param name="SubscriptionType">HubSpot's <c>subscriptionType</c>, e.g. <c>contact.propertyChange</c>.</param>
/// <param name="ObjectId">HubSpot's <c>objectId</c>: the record the event is about.</param>
/// <param name="OccurredAt">HubSpot's <c>occurredAt</c> (UTC).</param>
/// <param name="Payload">The raw JSON of this one event, kept to investigate; processing re-reads the record instead of trusting it.</param>
public sealed record NewIncomingEvent(long EventId, string SubscriptionType, string ObjectId, DateTimeOffset OccurredAt, string Payload)
{
    /// <summary>HubSpot's <c>portalId</c>, when present.</summary>
    public long? PortalId { get; init; }
}
