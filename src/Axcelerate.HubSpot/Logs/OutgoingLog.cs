using Axcelerate.HubSpot.Paging;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Logs;

/// <summary>The outgoing log over <see cref="IOutgoingLogStore"/>.</summary>
internal sealed class OutgoingLog(
    IOutgoingLogStore store,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider time,
    ILogger<OutgoingLog> logger) : IOutgoingLog
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 1000;

    public AsyncPageable<OutgoingLogEntry> SearchAsync(OutgoingLogSearch? search = null, CancellationToken cancellationToken = default)
    {
        var filters = search ?? new OutgoingLogSearch();
        if (filters.From is { } from && filters.Before is { } before && before <= from)
        {
            throw new ArgumentException($"OutgoingLogSearch.Before ({before:O}) must be later than From ({from:O}).", nameof(search));
        }

        return AsyncPageable.Create(
            async (token, pageSize, ct) =>
            {
                var page = await store.QueryOutgoingAsync(
                    new OutgoingLogQuery
                    {
                        From = filters.From,
                        Before = filters.Before,
                        Service = filters.Service,
                        Method = Blank(filters.Method),
                        PathContains = Blank(filters.Path),
                        Status = filters.Status,
                        HttpStatus = filters.HttpStatus,
                        Operation = Blank(filters.Operation),
                        Entity = filters.Entity,
                        RecordId = Blank(filters.RecordId),
                        Text = Blank(filters.Text),
                        PageSize = PageSizeHint.Resolve(pageSize, DefaultPageSize, MaxPageSize),
                        ContinuationToken = token,
                    },
                    ct).ConfigureAwait(false);
                return new Page<OutgoingLogEntry>(page.Items, page.ContinuationToken);
            },
            cancellationToken);
    }

    public async Task<OutgoingLogEntry?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        await store.GetOutgoingAsync(id, cancellationToken).ConfigureAwait(false);

    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue.OutgoingLog;
        var deleted = 0;
        if (settings.MaxAge is { } maxAge)
        {
            deleted += await store.DeleteOutgoingOlderThanAsync(time.GetUtcNow() - maxAge, cancellationToken).ConfigureAwait(false);
        }

        if (settings.MaxEntries is { } maxEntries)
        {
            deleted += await store.DeleteOutgoingBeyondAsync(maxEntries, cancellationToken).ConfigureAwait(false);
        }

        if (deleted > 0)
        {
            OutgoingLogLog.Pruned(logger, deleted);
        }

        return deleted;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
