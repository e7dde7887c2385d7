using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>What one processing pass did: the entries it claimed, as they ended.</summary>
public sealed class WebhookProcessingReport
{
    internal WebhookProcessingReport(IReadOnlyList<IncomingLogEntry> entries) => Entries = entries;

    /// <summary>The entries processed, oldest first, with their new status, result and error.</summary>
    public IReadOnlyList<IncomingLogEntry> Entries { get; }

    /// <summary>Entries applied to aXcelerate (or found already applied).</summary>
    public int Succeeded => Count(IncomingStatus.Succeeded);

    /// <summary>Entries deliberately not applied (flow off, echo, not linked, ...).</summary>
    public int Skipped => Count(IncomingStatus.Skipped);

    /// <summary>Entries that failed for good and wait for a person.</summary>
    public int Failed => Count(IncomingStatus.Failed);

    /// <summary>Entries that failed transiently and wait for their next attempt.</summary>
    public int Retrying => Count(IncomingStatus.Pending);

    private int Count(IncomingStatus status) => Entries.Count(e => e.Status == status);

    /// <inheritdoc />
    public override string ToString() => $"{Entries.Count} processed: {Succeeded} succeeded, {Skipped} skipped, {Failed} failed, {Retrying} retrying";
}
