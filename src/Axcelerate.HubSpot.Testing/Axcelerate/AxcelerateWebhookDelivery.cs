namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>One attempt to deliver an aXcelerate webhook event.</summary>
/// <param name="Type">The event type, such as <c>contact.contact_created</c>.</param>
/// <param name="MessageId">The event's <c>messageId</c>, the same on every attempt.</param>
/// <param name="Payload">The JSON body that was POSTed.</param>
/// <param name="Attempt">1 for the first attempt.</param>
/// <param name="StatusCode">The receiver's HTTP status, or null when the request failed without one.</param>
public sealed record AxcelerateWebhookDelivery(string Type, string MessageId, string Payload, int Attempt, int? StatusCode)
{
    /// <summary>Whether the receiver answered 2xx.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
