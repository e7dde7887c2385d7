namespace Axcelerate.HubSpot.Webhooks;

/// <summary>What to answer HubSpot, and why; never echoes the body.</summary>
/// <param name="StatusCode">
/// The HTTP status to answer: 200 logged (or every event already logged), 400 not a batch of HubSpot events, 401 bad or
/// missing signature, 413 body too large, 500 the receiver is not configured or the store failed (HubSpot retries).
/// </param>
/// <param name="Reason">A short reason, safe to log or answer (no body, no secret).</param>
public sealed record WebhookReceiveResult(int StatusCode, string Reason)
{
    /// <summary>How many events the batch carried (0 when refused).</summary>
    public int EventCount { get; init; }

    /// <summary>How many of them were already in the incoming log (HubSpot retries and duplicates).</summary>
    public int DuplicateCount { get; init; }

    /// <summary>Whether the delivery was accepted (2xx).</summary>
    public bool Accepted => StatusCode is >= 200 and < 300;
}
