using Axcelerate.HubSpot.Storage;
using Microsoft.Data.Sqlite;

namespace Axcelerate.HubSpot.Sqlite;

public sealed partial class SqliteIntegrationStore
{
    /// <inheritdoc />
    public async ValueTask<StoreLease?> TryAcquireLeaseAsync(string leaseName, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        StoreArguments.LeaseRequest(leaseName, holder);
        StoreArguments.Lease(duration, nameof(duration));
        var now = Now;
        var expiresAt = now + duration;

        // One upsert: it writes only when the lease is free, expired or already ours, so two instances never both win.
        var written = await ExecuteAsync(
            """
            INSERT INTO leases (name, holder, expires_at) VALUES ($name, $holder, $expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE leases.holder = excluded.holder OR leases.expires_at <= $now;
            """,
            cancellationToken,
            ("$name", leaseName),
            ("$holder", holder),
            ("$expires", SqliteCommands.Ticks(expiresAt)),
            ("$now", SqliteCommands.Ticks(now))).ConfigureAwait(false);
        return written > 0 ? new StoreLease(leaseName, holder, expiresAt) : null;
    }

    /// <inheritdoc />
    public async ValueTask<bool> ReleaseLeaseAsync(string leaseName, string holder, CancellationToken cancellationToken = default)
    {
        StoreArguments.LeaseRequest(leaseName, holder);
        return await ExecuteAsync(
            "DELETE FROM leases WHERE name = $name AND holder = $holder AND expires_at > $now;",
            cancellationToken,
            ("$name", leaseName),
            ("$holder", holder),
            ("$now", SqliteCommands.Ticks(Now))).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async ValueTask<StoreLease?> GetLeaseAsync(string leaseName, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(leaseName, nameof(leaseName));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = connection.Command("SELECT holder, expires_at FROM leases WHERE name = $name AND expires_at > $now;")
                .With("$name", leaseName)
                .With("$now", SqliteCommands.Ticks(Now));
            await using (select.ConfigureAwait(false))
            {
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                        ? new StoreLease(leaseName, reader.GetString(0), reader.Time(1))
                        : null;
                }
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<int> TakeRatePermitsAsync(string budgetName, int requested, int limit, TimeSpan window, CancellationToken cancellationToken = default)
    {
        StoreArguments.RateRequest(budgetName, requested, limit, window);
        var slot = StoreArguments.RateSlot(Now);
        var oldestLive = slot - (long)window.TotalSeconds + 1;
        return await InTransactionAsync(
            async (connection, transaction) =>
            {
                await ExecuteAsync(
                    connection,
                    transaction,
                    "DELETE FROM rate_budget_slots WHERE budget = $budget AND slot < $oldest;",
                    cancellationToken,
                    ("$budget", budgetName),
                    ("$oldest", oldestLive)).ConfigureAwait(false);
                var used = await SumPermitsAsync(connection, transaction, budgetName, cancellationToken).ConfigureAwait(false);
                var granted = (int)Math.Clamp(limit - used, 0, requested);
                if (granted > 0)
                {
                    await ExecuteAsync(
                        connection,
                        transaction,
                        """
                        INSERT INTO rate_budget_slots (budget, slot, permits) VALUES ($budget, $slot, $granted)
                        ON CONFLICT (budget, slot) DO UPDATE SET permits = permits + excluded.permits;
                        """,
                        cancellationToken,
                        ("$budget", budgetName),
                        ("$slot", slot),
                        ("$granted", granted)).ConfigureAwait(false);
                }

                return granted;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<long> SumPermitsAsync(SqliteConnection connection, SqliteTransaction transaction, string budgetName, CancellationToken cancellationToken)
    {
        var sum = connection.Command("SELECT COALESCE(SUM(permits), 0) FROM rate_budget_slots WHERE budget = $budget;", transaction)
            .With("$budget", budgetName);
        await using (sum.ConfigureAwait(false))
        {
            return (long)(await sum.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }
}
