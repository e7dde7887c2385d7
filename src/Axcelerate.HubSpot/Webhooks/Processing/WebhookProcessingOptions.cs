namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// How logged webhook events are applied to aXcelerate: <see cref="HubSpotIntegrationOptions.WebhookProcessing"/>,
/// bound from <c>HubSpotIntegration:WebhookProcessing</c>.
/// </summary>
public sealed class WebhookProcessingOptions
{
    /// <summary>The most entries one pass claims, 1 to 1000; 100 by default (one HubSpot batch read per object type).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long the background processor waits when nothing is due before it looks again; 5 seconds by default.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a processor's claim on an entry holds; after it, an entry still in Processing (its processor died) is
    /// claimed again. Longer than a batch takes; 5 minutes by default.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a transiently failing entry stays Failed for a person; 8 by default.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first transient failure; doubled after each further one up to <see cref="MaxRetryDelay"/>. 30 seconds by default.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts; 1 hour by default.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether a HubSpot contact creation that matches no aXcelerate contact by email creates one (true, the default)
    /// or is only reported (the entry is Skipped with the reason, and the contact can be imported later).
    /// </summary>
    public bool CreateUnmatchedContacts { get; set; } = true;

    /// <summary>What a HubSpot contact deletion does to its link: <see cref="ContactDeletionAction.Leave"/> it (the default) or <see cref="ContactDeletionAction.Unlink"/> it.</summary>
    public ContactDeletionAction ContactDeletion { get; set; } = ContactDeletionAction.Leave;
}
