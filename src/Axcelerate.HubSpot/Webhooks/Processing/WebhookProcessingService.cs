using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Runs <see cref="IWebhookProcessor"/> for as long as the host runs: a full batch is followed at once by the next,
/// otherwise it waits until the receiver signals new entries (<see cref="IIncomingWorkSignal"/>) or
/// <see cref="WebhookProcessingOptions.PollInterval"/> passes (retries fall due, other hosts log entries). On stop, the pass in flight keeps what it
/// finished and puts the rest back; entries stay in the store, so a restart continues with them.
/// </summary>
internal sealed class WebhookProcessingService(
    IWebhookProcessor processor,
    IIncomingWorkSignal signal,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    ILogger<WebhookProcessingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: the store calls below may complete synchronously (SQLite does), and the host
        // must finish starting whatever the first pass meets.
        await Task.Yield();
        WebhookProcessingLog.Started(logger, options.CurrentValue.WebhookProcessing.PollInterval);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var processing = options.CurrentValue.WebhookProcessing;
                try
                {
                    var report = await processor.ProcessDueAsync(stoppingToken).ConfigureAwait(false);
                    if (report.Entries.Count >= processing.BatchSize)
                    {
                        continue; // more may be due: no wait
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // e.g. the store is unreachable: keep the service alive and try again later.
                    WebhookProcessingLog.PassFailed(logger, ex, processing.PollInterval);
                }

                await signal.WaitAsync(processing.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }

        WebhookProcessingLog.Stopped(logger);
    }
}
