using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Applies the HubSpot webhook events waiting in the incoming log to aXcelerate. Events are signals, not truth: a
/// pass claims the due entries, drops echoes of the integration's own writes and the flows that are off, groups the
/// rest by record (creations first, then <c>occurredAt</c>), re-reads the current records from HubSpot in one batch per
/// object type, and applies them through the field mappings, sync rules, stage map and user links.
/// </summary>
/// <remarks>
/// Several processors (threads or hosts) may run at once: each entry is claimed atomically with a lease, and an entry
/// whose processor died is claimed again after the lease. A transient failure puts the entry back with a growing
/// delay until <see cref="WebhookProcessingOptions.MaxAttempts"/>; a permanent one fails it at once with its reason.
/// </remarks>
public interface IWebhookProcessor
{
    /// <summary>Claims the due entries (up to <see cref="WebhookProcessingOptions.BatchSize"/>) and processes them.</summary>
    /// <param name="cancellationToken">Stops the pass; entries not finished stay claimed until their lease expires.</param>
    /// <returns>What was done; empty when nothing was due.</returns>
    Task<WebhookProcessingReport> ProcessDueAsync(CancellationToken cancellationToken = default);

    /// <summary>Processes entries this caller already claimed (e.g. with <see cref="IIncomingLogStore.TryClaimIncomingAsync"/>).</summary>
    /// <param name="claimed">The claimed entries, each in Processing.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>What was done.</returns>
    Task<WebhookProcessingReport> ProcessClaimedAsync(IReadOnlyList<IncomingLogEntry> claimed, CancellationToken cancellationToken = default);
}
