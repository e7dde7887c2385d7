using Axcelerate.HubSpot.Paging;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Logs;

/// <summary>The incoming log service over the store and the webhook processor.</summary>
internal sealed class IncomingLog(
    IIncomingLogStore store,
    IWebhookProcessor processor,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider timeProvider,
    ILogger<IncomingLog> logger) : IIncomingLog
{
    public AsyncPageable<IncomingLogEntry> SearchAsync(IncomingLogQuery? query = null, CancellationToken cancellationToken = default)
    {
        var filter = query ?? new IncomingLogQuery();
        return AsyncPageable.Create<IncomingLogEntry>(
            async (token, pageSize, ct) =>
            {
                var page = await store.QueryIncomingAsync(filter with { ContinuationToken = token, PageSize = pageSize ?? filter.PageSize }, ct).ConfigureAwait(false);
                return new Page<IncomingLogEntry>(page.Items, page.ContinuationToken);
            },
            cancellationToken);
    }

    public async Task<IncomingLogEntry?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        await store.GetIncomingAsync(id, cancellationToken).ConfigureAwait(false);

    public async Task<IncomingLogEntry> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        var entry = await RequireAsync(id, cancellationToken).ConfigureAwait(false);
        if (!await store.DeleteIncomingAsync(id, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException(entry.Status == IncomingStatus.Deleted
                ? $"Incoming entry {id} is deleted already."
                : $"Incoming entry {id} is being processed right now; delete it once it has finished.");
        }

        IncomingLogLog.Changed(logger, id, "deleted");
        return await RequireAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IncomingLogEntry> ResetAsync(long id, CancellationToken cancellationToken = default)
    {
        var entry = await RequireAsync(id, cancellationToken).ConfigureAwait(false);
        if (!await store.ResetIncomingAsync(id, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Incoming entry {id} is {entry.Status}; only a Failed or Skipped entry can be reset.");
        }

        IncomingLogLog.Changed(logger, id, "reset");
        return await RequireAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IncomingLogEntry> RerunAsync(long id, CancellationToken cancellationToken = default)
    {
        var entry = await RequireAsync(id, cancellationToken).ConfigureAwait(false);
        if (entry.Status is IncomingStatus.Failed or IncomingStatus.Skipped)
        {
            await store.ResetIncomingAsync(id, cancellationToken).ConfigureAwait(false);
        }

        var claimed = await store.TryClaimIncomingAsync(id, options.CurrentValue.WebhookProcessing.Lease, cancellationToken).ConfigureAwait(false);
        if (claimed is null)
        {
            var now = await RequireAsync(id, cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException(now.Status == IncomingStatus.Processing
                ? $"Incoming entry {id} is being processed right now."
                : $"Incoming entry {id} is {now.Status}; only a Pending, Failed or Skipped entry can be run again.");
        }

        IncomingLogLog.Changed(logger, id, "re-run");
        await processor.ProcessClaimedAsync([claimed], cancellationToken).ConfigureAwait(false);
        return await RequireAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var retention = options.CurrentValue.IncomingLog;
        var removed = 0;
        if (retention.RetentionAge is { } age)
        {
            removed += await store.DeleteIncomingOlderThanAsync(timeProvider.GetUtcNow() - age, cancellationToken).ConfigureAwait(false);
        }

        if (retention.MaxEntries is { } max)
        {
            removed += await store.TrimIncomingAsync(max, cancellationToken).ConfigureAwait(false);
        }

        if (removed > 0)
        {
            IncomingLogLog.Pruned(logger, removed);
        }

        return removed;
    }

    private async Task<IncomingLogEntry> RequireAsync(long id, CancellationToken cancellationToken) =>
        await store.GetIncomingAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new KeyNotFoundException($"There is no incoming entry {id}.");
}
