using Axcelerate.HubSpot.Storage;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    /// <inheritdoc />
    public async ValueTask<StoreLease?> TryAcquireLeaseAsync(string leaseName, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        StoreArguments.LeaseRequest(leaseName, holder);
        StoreArguments.Lease(duration, nameof(duration));
        var now = Now;
        var expiresAt = now + duration;

        // One upsert: it writes only when the lease is free, expired or already ours. PostgreSQL's ON CONFLICT takes the
        // row (or the new key) under a lock and re-checks the WHERE on the latest version, so two instances never both win.
        var written = await ExecuteAsync(
            """
            INSERT INTO axhs.leases AS lease (name, holder, expires_at) VALUES (@name, @holder, @expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE lease.holder = excluded.holder OR lease.expires_at <= @now;
            """,
            cancellationToken,
            ("@name", leaseName),
            ("@holder", holder),
            ("@expires", PostgreSqlCommands.Ticks(expiresAt)),
            ("@now", PostgreSqlCommands.Ticks(now))).ConfigureAwait(false);
        return written > 0 ? new StoreLease(leaseName, holder, expiresAt) : null;
    }

    /// <inheritdoc />
    public async ValueTask<bool> ReleaseLeaseAsync(string leaseName, string holder, CancellationToken cancellationToken = default)
    {
        StoreArguments.LeaseRequest(leaseName, holder);
        return await ExecuteAsync(
            "DELETE FROM axhs.leases WHERE name = @name AND holder = @holder AND expires_at > @now;",
            cancellationToken,
            ("@name", leaseName),
            ("@holder", holder),
            ("@now", PostgreSqlCommands.Ticks(Now))).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async ValueTask<StoreLease?> GetLeaseAsync(string leaseName, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(leaseName, nameof(leaseName));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(connection, "SELECT holder, expires_at FROM axhs.leases WHERE name = @name AND expires_at > @now;")
                .With("@name", leaseName)
                .With("@now", PostgreSqlCommands.Ticks(Now));
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
                // Takers of one budget queue on a transaction-scoped advisory lock (keyed by schema and budget): each
                // reads the permits granted in the window only after the one before it committed its own.
                await ExecuteAsync(
                    connection,
                    transaction,
                    "SELECT pg_advisory_xact_lock(@class, hashtext(@key));",
                    cancellationToken,
                    ("@class", PostgreSqlSchema.LockClass),
                    ("@key", _sql.Schema + "/rate/" + budgetName)).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    transaction,
                    "DELETE FROM axhs.rate_budget_slots WHERE budget = @budget AND slot < @oldest;",
                    cancellationToken,
                    ("@budget", budgetName),
                    ("@oldest", oldestLive)).ConfigureAwait(false);
                var used = await SumPermitsAsync(connection, transaction, budgetName, cancellationToken).ConfigureAwait(false);
                var granted = (int)Math.Clamp(limit - used, 0, requested);
                if (granted > 0)
                {
                    await ExecuteAsync(
                        connection,
                        transaction,
                        """
                        INSERT INTO axhs.rate_budget_slots AS slots (budget, slot, permits) VALUES (@budget, @slot, @granted)
                        ON CONFLICT (budget, slot) DO UPDATE SET permits = slots.permits + excluded.permits;
                        """,
                        cancellationToken,
                        ("@budget", budgetName),
                        ("@slot", slot),
                        ("@granted", granted)).ConfigureAwait(false);
                }

                return granted;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<long> SumPermitsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string budgetName, CancellationToken cancellationToken)
    {
        var sum = Command(connection, "SELECT COALESCE(SUM(permits), 0) FROM axhs.rate_budget_slots WHERE budget = @budget;", transaction)
            .With("@budget", budgetName);
        await using (sum.ConfigureAwait(false))
        {
            return (long)(await sum.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }
}
