using Axcelerate.HubSpot.Coordination;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Logs;

/// <summary>
/// Applies the incoming log's retention (<see cref="IncomingLogOptions"/>) at start and every <see cref="IncomingLogOptions.PruneInterval"/>,
/// on one of the instances sharing the store at a time (the <c>prune:incoming-log</c> lease).
/// </summary>
internal sealed class IncomingLogPruningService(
    IIncomingLog log,
    ExclusiveWork exclusive,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider timeProvider,
    ILogger<IncomingLogPruningService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: the store calls below may complete synchronously (SQLite does), and the host
        // must finish starting whatever the first pass meets.
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var interval = options.CurrentValue.IncomingLog.PruneInterval;
                try
                {
                    await exclusive.TryRunAsync(WorkLeases.IncomingLogPruner, log.PruneAsync, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    IncomingLogLog.PruneFailed(logger, ex, interval);
                }

                await Task.Delay(interval, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
