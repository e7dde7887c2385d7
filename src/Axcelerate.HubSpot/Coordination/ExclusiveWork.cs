using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Coordination;

/// <summary>
/// Runs a piece of work only while this instance holds a named lease in the store (<see cref="ILeaseStore"/>), so of
/// several host instances sharing the store one does it at a time. The lease is renewed every
/// <see cref="CoordinationOptions.LeaseRenewInterval"/> while the work runs and released when it ends; when a renewal
/// is refused (another instance took the lease over) or cannot reach the store before the lease would run out, the
/// work's token is cancelled and the run ends with <see cref="LeaseLostException"/>. The store is resolved on first use,
/// so a host without a chosen store fails inside the work's own error handling rather than at construction.
/// </summary>
internal sealed class ExclusiveWork(
    IServiceProvider services,
    InstanceIdentity instance,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider time,
    ILogger<ExclusiveWork> logger)
{
    private long _runs;

    /// <summary>This instance's id, the holder of its leases.</summary>
    public string InstanceId => instance.Id;

    /// <summary>
    /// Takes <paramref name="leaseName"/> and runs <paramref name="work"/> under it, or returns at once without running
    /// it when another holder has the lease.
    /// </summary>
    /// <param name="leaseName">Which work, e.g. <c>poll:contacts</c>.</param>
    /// <param name="work">The work; its token is cancelled when the caller cancels or the lease is lost.</param>
    /// <param name="perRun">
    /// True: the holder is this instance plus a run number, so a second run on this very instance is refused too (an
    /// import started twice); false: the instance itself holds it (a background worker's pass).
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether it ran and its result, or who holds the lease.</returns>
    /// <exception cref="LeaseLostException">The lease was lost while the work ran.</exception>
    public async Task<ExclusiveOutcome<T>> TryRunAsync<T>(string leaseName, Func<CancellationToken, Task<T>> work, bool perRun, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseName);
        ArgumentNullException.ThrowIfNull(work);
        var leases = services.GetRequiredService<ILeaseStore>();
        var settings = options.CurrentValue.Coordination;
        var holder = perRun ? $"{instance.Id}#{Interlocked.Increment(ref _runs)}" : instance.Id;
        var lease = await leases.TryAcquireLeaseAsync(leaseName, holder, settings.LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            var current = await leases.GetLeaseAsync(leaseName, cancellationToken).ConfigureAwait(false);
            CoordinationLog.Busy(logger, leaseName, current?.Holder ?? "(released just now)", current?.ExpiresAt);
            return new ExclusiveOutcome<T>(false, default, current);
        }

        CoordinationLog.Acquired(logger, leaseName, holder, lease.ExpiresAt);
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopRenewing = new CancellationTokenSource();
        var renewal = RenewAsync(leases, lease, settings, lost, stopRenewing.Token);
        try
        {
            var result = await work(lost.Token).ConfigureAwait(false);
            if (LostMeanwhile(lost, cancellationToken))
            {
                throw Lost(leaseName, await renewal.ConfigureAwait(false), null);
            }

            return new ExclusiveOutcome<T>(true, result, null);
        }
        catch (OperationCanceledException ex) when (LostMeanwhile(lost, cancellationToken))
        {
            // Only the renewal cancels the work's token on its own: it has returned (or is returning) why.
            throw Lost(leaseName, await renewal.ConfigureAwait(false), ex);
        }
        finally
        {
            await stopRenewing.CancelAsync().ConfigureAwait(false);
            if (await renewal.ConfigureAwait(false) is null)
            {
                await ReleaseAsync(leases, leaseName, holder).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> under the instance's lease, or skips it when another instance holds it.</summary>
    /// <returns>True when it ran.</returns>
    public async Task<bool> TryRunAsync(string leaseName, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var outcome = await TryRunAsync(
            leaseName,
            async token =>
            {
                await work(token).ConfigureAwait(false);
                return true;
            },
            perRun: false,
            cancellationToken).ConfigureAwait(false);
        return outcome.Ran;
    }

    // Renews until told to stop; returns null when stopped with the lease still held, or why it was lost (after
    // cancelling the work).
    private async Task<string?> RenewAsync(ILeaseStore leases, StoreLease lease, CoordinationOptions settings, CancellationTokenSource lost, CancellationToken stop)
    {
        var expiresAt = lease.ExpiresAt;
        while (true)
        {
            try
            {
                await Task.Delay(settings.LeaseRenewInterval, time, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }

            string? why;
            try
            {
                var renewed = await leases.TryAcquireLeaseAsync(lease.Name, lease.Holder, settings.LeaseDuration, stop).ConfigureAwait(false);
                if (renewed is not null)
                {
                    expiresAt = renewed.ExpiresAt;
                    continue;
                }

                why = "another instance holds it now";
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return null;
            }
#pragma warning disable CA1031 // A failed renewal is retried while the lease still holds; only then is the work stopped.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (time.GetUtcNow() + settings.LeaseRenewInterval < expiresAt)
                {
                    CoordinationLog.RenewalFailed(logger, ex, lease.Name, expiresAt);
                    continue;
                }

                why = $"the store could not be reached to renew it before it ran out ({ex.GetType().Name}: {ex.Message})";
            }

            CoordinationLog.Lost(logger, lease.Name, lease.Holder, why);
            await lost.CancelAsync().ConfigureAwait(false);
            return why;
        }
    }

    private static bool LostMeanwhile(CancellationTokenSource lost, CancellationToken caller) =>
        lost.IsCancellationRequested && !caller.IsCancellationRequested;

    private static LeaseLostException Lost(string leaseName, string? why, Exception? inner) =>
        new(leaseName, $"This instance lost the lease '{leaseName}' while working: {why ?? "it could not be renewed"}. What was stored so far stays; running again resumes.", inner);

    private async Task ReleaseAsync(ILeaseStore leases, string leaseName, string holder)
    {
        try
        {
            await leases.ReleaseLeaseAsync(leaseName, holder, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Not released: the lease runs out on its own.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            CoordinationLog.ReleaseFailed(logger, ex, leaseName);
        }
    }
}
