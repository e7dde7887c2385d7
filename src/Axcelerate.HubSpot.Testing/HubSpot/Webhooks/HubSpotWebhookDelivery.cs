using System.Net;

namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>One webhook request the sandbox sent.</summary>
/// <param name="SubscriptionTarget">Where it was sent.</param>
/// <param name="Body">The JSON array sent, exactly as signed.</param>
/// <param name="EventCount">How many events it carried.</param>
/// <param name="StatusCode">The receiver's answer, or null when it failed to answer in time or the connection failed.</param>
/// <param name="SentAt">When it was sent (sandbox clock).</param>
public sealed record HubSpotWebhookDelivery(Uri SubscriptionTarget, string Body, int EventCount, HttpStatusCode? StatusCode, DateTimeOffset SentAt)
{
    /// <summary>Whether the receiver answered 2xx.</summary>
    public bool Succeeded => StatusCode is { } code && (int)code is >= 200 and < 300;
}
