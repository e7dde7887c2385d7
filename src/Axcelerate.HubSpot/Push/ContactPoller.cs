using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.Coordination;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Push;

/// <summary>
/// Pushes aXcelerate contacts changed since a stored watermark, for accounts without webhooks. aXcelerate filters
/// contacts by the day they last changed, so each run reads every day from the watermark through today (in the account's
/// time zone) and today again on the next run, for changes later the same day; the push sends only what differs from
/// what was last synced. The watermark moves to today only after the run's pushes are done (links and stamps stored); a
/// day with a transient failure is read again on the next run. Of several instances sharing the store, one polls at a
/// time: each background pass runs under the <c>poll:contacts</c> lease (<see cref="ExclusiveWork"/>).
/// </summary>
internal sealed class ContactPoller(
    IAxcelerateClient axcelerate,
    ContactPushService push,
    IPollWatermarkStore watermarks,
    ISyncSettingsService settings,
    ExclusiveWork exclusive,
    IOptionsMonitor<ContactPollerOptions> pollerOptions,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider time,
    ILogger<ContactPoller> logger) : BackgroundService
{
    public const string PollKey = "contacts";

    private const string Operation = "contact.poll";

    /// <summary>Runs once: reads the changed contacts day by day, pushes them, then saves the new watermark.</summary>
    /// <returns>The results of the contacts pushed, in the order read.</returns>
    public async Task<IReadOnlyList<ContactPushResult>> PollOnceAsync(CancellationToken cancellationToken)
    {
        var results = new List<ContactPushResult>();
        if (!await settings.IsEnabledAsync(SyncFlow.PushContactOnCreate, cancellationToken).ConfigureAwait(false) &&
            !await settings.ShouldRunAsync(SyncFlow.PushContactOnUpdate, "the contact poller", cancellationToken).ConfigureAwait(false))
        {
            // Both push flows are off: nothing is read and the watermark stays, so turning a flow on catches up.
            return results;
        }

        var settingsNow = pollerOptions.CurrentValue;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.CurrentValue.Axcelerate.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var stored = await watermarks.GetPollWatermarkAsync(PollKey, cancellationToken).ConfigureAwait(false);
        var from = stored ?? settingsNow.FirstDay ?? today;
        if (stored is null)
        {
            ContactPushLog.FirstPoll(logger, from);
        }

        if (from > today)
        {
            from = today;
        }

        DateOnly? retryFrom = null;
        var day = from;
        // The day-window reads are logged as the poll's; the pushes name their own operation.
        using var reading = OutgoingCallContext.Begin(Operation, MappedEntity.Contact);
        var pages = axcelerate.Contacts.ListChangedSinceAsync(from, cancellationToken: cancellationToken).AsPages(pageSizeHint: settingsNow.PageSize);
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var pushed = await push.PushReadAsync(page.Values, cancellationToken).ConfigureAwait(false);
            results.AddRange(pushed);
            if (retryFrom is null && pushed.Any(r => r.Outcome == ContactPushOutcome.Failed && r.Transient))
            {
                retryFrom = day;
            }

            if (page.ContinuationToken is { } next && AxcelerateContinuation.Decode(next).Day is { } nextDay)
            {
                day = nextDay;
            }
        }

        // Today is read again next time (changes later today); a day that failed for a passing reason is read again too.
        var watermark = retryFrom ?? today;
        await watermarks.SavePollWatermarkAsync(PollKey, watermark, cancellationToken).ConfigureAwait(false);
        var changed = results.Count(r => r.Outcome is ContactPushOutcome.Created or ContactPushOutcome.Linked or ContactPushOutcome.Updated);
        var failed = results.Count(r => r.Outcome == ContactPushOutcome.Failed);
        ContactPushLog.Polled(logger, results.Count, from, today, changed, failed, watermark);
        return results;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: the store calls below may complete synchronously (SQLite does), and the host
        // must finish starting whatever the first pass meets.
        await Task.Yield();
        // The timer starts before the first run, so the runs keep to the interval whatever each one takes.
        using var timer = new PeriodicTimer(pollerOptions.CurrentValue.Interval, time);
        do
        {
            try
            {
                await exclusive.TryRunAsync(WorkLeases.ContactPoller, PollOnceAsync, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed run must not stop the host; the watermark stays and the next run reads again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                ContactPushLog.PollFailed(logger, ex);
            }

            timer.Period = pollerOptions.CurrentValue.Interval;
        }
        while (await TickAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> TickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
