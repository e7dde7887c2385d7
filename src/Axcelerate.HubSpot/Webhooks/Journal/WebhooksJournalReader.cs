using Axcelerate.HubSpot.Coordination;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// The journal reader and its background loop: each poll reads entries after the stored offset, writes their events
/// to the incoming log in one transaction per entry, and only then stores the entry's offset. An expired offset is
/// logged as a warning, reported in <see cref="GetStatusAsync"/> with the time range that may be missed, and reading
/// continues from the earliest kept entry. Of several instances sharing the store, one reads a journal at a time: each
/// background pass runs under the <c>journal:{key}</c> lease (an on-demand <see cref="ReadAsync"/> does not take it;
/// the incoming log's deduplication makes an overlapping read harmless).
/// </summary>
internal sealed class WebhooksJournalReader(
    IWebhooksJournalClient client,
    IIncomingLogStore incoming,
    IIncomingWorkSignal signal,
    IWebhooksJournalOffsetStore offsets,
    ExclusiveWork exclusive,
    IOptionsMonitor<WebhooksJournalOptions> options,
    TimeProvider time,
    ILogger<WebhooksJournalReader> logger) : BackgroundService, IWebhooksJournalReader
{
    private readonly SemaphoreSlim _polling = new(1, 1);
    private readonly Lock _statusGate = new();
    private DateTimeOffset? _lastPolledAt;
    private bool _caughtUp;
    private string? _lastError;
    private WebhooksJournalGap? _gap;
    private long _eventsLogged;

    public async Task<WebhooksJournalReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        await _polling.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            lock (_statusGate)
            {
                (_lastPolledAt, _caughtUp, _lastError) = (time.GetUtcNow(), result.CaughtUp, null);
                _eventsLogged += result.EventsLogged;
                _gap = result.Gap ?? _gap;
            }

            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            lock (_statusGate)
            {
                (_lastPolledAt, _caughtUp, _lastError) = (time.GetUtcNow(), false, ex.Message);
            }

            throw;
        }
        finally
        {
            _polling.Release();
        }
    }

    public async Task<WebhooksJournalStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var key = options.CurrentValue.JournalKey;
        var checkpoint = await offsets.GetJournalCheckpointAsync(key, cancellationToken).ConfigureAwait(false);
        lock (_statusGate)
        {
            return new WebhooksJournalStatus(key, checkpoint?.Offset, checkpoint?.PublishedAt)
            {
                LastPolledAt = _lastPolledAt, CaughtUp = _caughtUp, LastError = _lastError, Gap = _gap, EventsLogged = _eventsLogged,
            };
        }
    }

    public override void Dispose()
    {
        _polling.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: the store calls below may complete synchronously (SQLite does), and the host
        // must finish starting whatever the first pass meets.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var caughtUp = true;
            try
            {
                var pass = await exclusive.TryRunAsync(
                    WorkLeases.WebhooksJournal(options.CurrentValue.JournalKey),
                    ReadAsync,
                    perRun: false,
                    stoppingToken).ConfigureAwait(false);
                caughtUp = !pass.Ran || pass.Value!.CaughtUp; // another instance reads it: wait an interval
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                WebhooksJournalLog.PollFailed(logger, options.CurrentValue.JournalKey, ex);
            }

            if (caughtUp)
            {
                try
                {
                    await Task.Delay(options.CurrentValue.PollInterval, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<WebhooksJournalReadResult> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var key = settings.JournalKey;
        var checkpoint = await offsets.GetJournalCheckpointAsync(key, cancellationToken).ConfigureAwait(false);
        WebhooksJournalGap? gap = null;
        WebhooksJournalEntry? next;
        if (checkpoint is null && settings.StartFrom == WebhooksJournalStart.Latest)
        {
            // Only what happens from now on: remember the latest entry without reading it.
            var latest = await client.GetLatestAsync(cancellationToken).ConfigureAwait(false);
            WebhooksJournalLog.StartedAtLatest(logger, key, latest?.Offset);
            if (latest is null)
            {
                return new WebhooksJournalReadResult(0, 0, 0, CaughtUp: true, null);
            }

            checkpoint = await offsets.SaveJournalCheckpointAsync(new WebhooksJournalCheckpoint(key, latest.Offset, null), cancellationToken).ConfigureAwait(false);
            next = await client.GetNextAsync(latest.Offset, cancellationToken).ConfigureAwait(false);
        }
        else if (checkpoint is null)
        {
            next = await client.GetEarliestAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            try
            {
                next = await client.GetNextAsync(checkpoint.Offset, cancellationToken).ConfigureAwait(false);
            }
            catch (WebhooksJournalOffsetExpiredException)
            {
                next = await client.GetEarliestAsync(cancellationToken).ConfigureAwait(false);
                gap = new WebhooksJournalGap(checkpoint.Offset, checkpoint.PublishedAt ?? checkpoint.UpdatedAt, null, time.GetUtcNow());
            }
        }

        int entries = 0, logged = 0, duplicates = 0;
        var stored = checkpoint?.Offset;
        while (next is not null)
        {
            var file = await client.ReadFileAsync(next, cancellationToken).ConfigureAwait(false);
            if (gap is { MissedUntil: null } && entries == 0)
            {
                gap = gap with { MissedUntil = file.PublishedAt };
            }

            var events = WebhooksJournalEventConverter.Convert(file);
            if (events.Count > 0)
            {
                var results = await incoming.AppendIncomingAsync(events, cancellationToken).ConfigureAwait(false);
                duplicates += results.Count(r => r.IsDuplicate);
                logged += results.Count(r => !r.IsDuplicate);
                if (results.Any(r => !r.IsDuplicate))
                {
                    signal.Notify(); // wakes the processor, as a push delivery does
                }
            }

            // Only now, with the events durable, does the offset move on.
            await offsets.SaveJournalCheckpointAsync(new WebhooksJournalCheckpoint(key, next.Offset, file.PublishedAt), cancellationToken).ConfigureAwait(false);
            stored = next.Offset;
            entries++;
            if (entries >= settings.BatchSize)
            {
                break;
            }

            next = await client.GetNextAsync(next.Offset, cancellationToken).ConfigureAwait(false);
        }

        if (gap is not null)
        {
            WebhooksJournalLog.OffsetExpired(logger, key, gap.ExpiredOffset, gap.MissedFrom, gap.MissedUntil);
        }

        var caughtUp = next is null;
        if (entries > 0)
        {
            WebhooksJournalLog.Read(logger, key, entries, logged, duplicates, stored);
        }

        return new WebhooksJournalReadResult(entries, logged, duplicates, caughtUp, gap);
    }
}
