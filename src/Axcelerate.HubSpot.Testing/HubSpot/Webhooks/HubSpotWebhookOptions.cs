namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>How the sandbox delivers webhooks to one app's target URL, and which events that app subscribed to.</summary>
public sealed class HubSpotWebhookOptions
{
    /// <summary>
    /// The events the app subscribed to; at least one is required. As at HubSpot, property changes fire only for the
    /// properties subscribed one by one (<see cref="HubSpotWebhookEvent.PropertyChange"/>); each entry gets its own
    /// <c>subscriptionId</c>. <see cref="HubSpotWebhookEvent.AnyPropertyChange"/> is the sandbox-only opt-out.
    /// </summary>
    public IList<HubSpotWebhookEvent> Events { get; } = [];

    /// <summary>The app id reported in each event; null uses <see cref="HubSpotSandboxOptions.AppId"/> (the app behind the private-app token).</summary>
    public long? AppId { get; set; }

    /// <summary>
    /// The URL the app registered with HubSpot, over which the v3 signature is computed; null when it is the delivery
    /// URL. Set it when the receiver sits behind a proxy (HubSpot signs the public URL, the receiver sees another).
    /// </summary>
    public Uri? SignedUrl { get; set; }

    /// <summary>Requests in flight at once (HubSpot: 10 per account).</summary>
    public int MaxConcurrentRequests { get; set; } = 10;

    /// <summary>Events per request (HubSpot sends up to 100).</summary>
    public int MaxEventsPerRequest { get; set; } = 100;

    /// <summary>Retries after the first attempt (HubSpot: 10, spread over 24 hours); any non-2xx answer or no answer is retried.</summary>
    public int MaxRetries { get; set; } = 10;

    /// <summary>
    /// The delay before the first retry; each later retry waits twice as long as the one before, stretched by up to
    /// <see cref="RetryJitter"/> (sandbox clock). The default spreads 10 retries over about 24 hours, as HubSpot does.
    /// </summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(75);

    /// <summary>
    /// How much longer than the doubling schedule each retry may wait (0.2: up to 20 % later, chosen with
    /// <see cref="Seed"/>): HubSpot randomises its retry delays, so a receiver must not count on exact times. 0 for exact delays.
    /// </summary>
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>How long the receiver has to answer before the attempt counts as failed (HubSpot: 5 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The share of events (0 to 1) delivered twice, as HubSpot may; 0 by default.</summary>
    public double DuplicateShare { get; set; }

    /// <summary>Whether events within a request are shuffled (HubSpot guarantees no order); false by default.</summary>
    public bool Reorder { get; set; }

    /// <summary>Seeds the duplicate and reorder choices so a test run is repeatable.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// How often pending deliveries go out by themselves, on the sandbox clock; null delivers only when
    /// <see cref="HubSpotSandbox.DeliverPendingWebhooksAsync"/> is called (deterministic for tests).
    /// </summary>
    public TimeSpan? AutoDeliverInterval { get; set; } = TimeSpan.FromSeconds(1);
}
