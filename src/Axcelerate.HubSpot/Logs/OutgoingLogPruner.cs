using Axcelerate.HubSpot.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Logs;

/// <summary>
/// Applies the outgoing log's retention at start and then every <see cref="OutgoingLogOptions.PruneInterval"/>, in
/// any generic host, on one of the instances sharing the store at a time (the <c>prune:outgoing-log</c> lease). Without a
/// chosen store it logs why and stops; a failed prune is logged and tried again later.
/// </summary>
internal sealed class OutgoingLogPruner(
    IServiceProvider services,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider time,
    ILogger<OutgoingLogPruner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: whatever the first run meets (a store that cannot be opened yet), the host
        // starts, and a failure is logged and tried again at the next interval instead of stopping the host.
        await Task.Yield();
        using var timer = new PeriodicTimer(options.CurrentValue.OutgoingLog.PruneInterval, time);
        do
        {
            try
            {
                IOutgoingLog log;
                try
                {
                    log = services.GetRequiredService<IOutgoingLog>();
                }
                catch (InvalidOperationException ex)
                {
                    OutgoingLogLog.NoStore(logger, ex.Message);
                    return;
                }

                await services.GetRequiredService<ExclusiveWork>().TryRunAsync(WorkLeases.OutgoingLogPruner, log.PruneAsync, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed prune must not stop the host; the next interval tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                OutgoingLogLog.PruneFailed(logger, ex);
            }

            timer.Period = options.CurrentValue.OutgoingLog.PruneInterval;
        }
        while (await Tick(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stoppingToken)
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
