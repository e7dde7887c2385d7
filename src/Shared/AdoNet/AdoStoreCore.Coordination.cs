using System.Data.Common;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>Leases (leadership across instances) and shared rate budgets.</summary>
internal abstract partial class AdoStoreCore
{
    /// <summary>
    /// Writes lease <c>@name</c> for <c>@holder</c> until <c>@expires</c> only when it is free, expired (<c>@now</c>) or
    /// already the holder's, so two instances never both win.
    /// </summary>
    protected abstract string AcquireLeaseSql { get; }

    /// <summary>Adds <c>@granted</c> permits to slot <c>@slot</c> of budget <c>@budget</c>.</summary>
    protected abstract string AddRatePermitsSql { get; }

    /// <summary>
    /// Makes the rate-budget takers of one budget run one after another, each reading the permits the one before it
    /// committed (nothing when the write transaction already excludes every other writer).
    /// </summary>
    protected virtual ValueTask LockRateBudgetAsync(DbConnection connection, DbTransaction transaction, string budgetName, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    public async ValueTask<StoreLease?> TryAcquireLeaseAsync(string leaseName, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        StoreArguments.LeaseRequest(leaseName, holder);
        StoreArguments.Lease(duration, nameof(duration));
        var now = Now;
        var expiresAt = now + duration;
        var written = await ExecuteAsync(
            AcquireLeaseSql,
            cancellationToken,
            ("@name", leaseName),
            ("@holder", holder),
            ("@expires", AdoValues.Ticks(expiresAt)),
            ("@now", AdoValues.Ticks(now))).ConfigureAwait(false);
        return written > 0 ? new StoreLease(leaseName, holder, expiresAt) : null;
    }

    public async ValueTask<bool> ReleaseLeaseAsync(string leaseName, string holder, CancellationToken cancellationToken)
    {
        StoreArguments.LeaseRequest(leaseName, holder);
        return await ExecuteAsync(
            "DELETE FROM axhs.leases WHERE name = @name AND holder = @holder AND expires_at > @now;",
            cancellationToken,
            ("@name", leaseName),
            ("@holder", holder),
            ("@now", AdoValues.Ticks(Now))).ConfigureAwait(false) > 0;
    }

    public async ValueTask<StoreLease?> GetLeaseAsync(string leaseName, CancellationToken cancellationToken)
    {
        StoreArguments.SyncKey(leaseName, nameof(leaseName));
        return await QueryFirstAsync(
            "SELECT holder, expires_at FROM axhs.leases WHERE name = @name AND expires_at > @now;",
            reader => new StoreLease(leaseName, reader.GetString(0), reader.Time(1)),
            cancellationToken,
            ("@name", leaseName),
            ("@now", AdoValues.Ticks(Now))).ConfigureAwait(false);
    }

    public async ValueTask<int> TakeRatePermitsAsync(string budgetName, int requested, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        StoreArguments.RateRequest(budgetName, requested, limit, window);
        var slot = StoreArguments.RateSlot(Now);
        var oldestLive = slot - (long)window.TotalSeconds + 1;
        return await InTransactionAsync(
            async (connection, transaction) =>
            {
                await LockRateBudgetAsync(connection, transaction, budgetName, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    transaction,
                    "DELETE FROM axhs.rate_budget_slots WHERE budget = @budget AND slot < @oldest;",
                    cancellationToken,
                    ("@budget", budgetName),
                    ("@oldest", oldestLive)).ConfigureAwait(false);
                var used = (long)(await ScalarAsync(
                    connection,
                    transaction,
                    "SELECT COALESCE(SUM(permits), 0) FROM axhs.rate_budget_slots WHERE budget = @budget;",
                    cancellationToken,
                    ("@budget", budgetName)).ConfigureAwait(false))!;
                var granted = (int)Math.Clamp(limit - used, 0, requested);
                if (granted > 0)
                {
                    await ExecuteAsync(
                        connection,
                        transaction,
                        AddRatePermitsSql,
                        cancellationToken,
                        ("@budget", budgetName),
                        ("@slot", slot),
                        ("@granted", granted)).ConfigureAwait(false);
                }

                return granted;
            },
            cancellationToken).ConfigureAwait(false);
    }
}
