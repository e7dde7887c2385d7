namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>How the sandbox delivers webhooks to one subscriber.</summary>
public sealed class HubSpotWebhookOptions
{
    /// <summary>The app id reported in each event.</summary>
    public long AppId { get; set; } = 1_160_452;

    /// <summary>Events per request (HubSpot sends up to 100).</summary>
    public int MaxEventsPerRequest { get; set; } = 100;

    /// <summary>Retries after the first attempt (HubSpot: 10, spread over 24 hours).</summary>
    public int MaxRetries { get; set; } = 10;

    /// <summary>The delay before the first retry; each later retry waits twice as long as the one before (sandbox clock).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

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
