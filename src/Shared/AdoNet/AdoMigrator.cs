using System.Data.Common;
using System.Globalization;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>One step of a store's schema: applied once, in version order, and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">The schema version the step produces; versions start at 1 and never change once released.</param>
/// <param name="Name">What the step does.</param>
/// <param name="Sql">The hand-written DDL, run inside the migration transaction; <c>axhs.</c> stands for the store's tables.</param>
internal sealed record AdoMigration(int Version, string Name, string Sql);

/// <summary>
/// The migration bookkeeping both SQL stores share, run inside the transaction (and lock) the dialect opened: read the
/// version recorded in <c>axhs.schema_version</c>, refuse a schema newer than this package knows, apply and record
/// every missing step in order.
/// </summary>
internal static class AdoMigrator
{
    /// <summary>Applies the missing steps of <paramref name="migrations"/>; the table <c>axhs.schema_version</c> exists.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The migration transaction; the caller commits it.</param>
    /// <param name="migrations">Every step, in version order.</param>
    /// <param name="prepare">Adapts shared SQL text to the dialect (table references).</param>
    /// <param name="timeProvider">Stamps each step's record.</param>
    /// <param name="tooNew">The message for a schema at this version, newer than the last step.</param>
    /// <param name="applied">Called after each step is applied and recorded.</param>
    public static void ApplyMissing(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<AdoMigration> migrations,
        Func<string, string> prepare,
        TimeProvider timeProvider,
        Func<int, string> tooNew,
        Action<AdoMigration> applied)
    {
        int current;
        using (var read = Command(connection, transaction, prepare("SELECT COALESCE(MAX(version), 0) FROM axhs.schema_version;")))
        {
            current = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        if (current > migrations[^1].Version)
        {
            throw new InvalidOperationException(tooNew(current));
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            using (var apply = Command(connection, transaction, prepare(migration.Sql)))
            {
                apply.ExecuteNonQuery();
            }

            using (var record = Command(connection, transaction, prepare("INSERT INTO axhs.schema_version (version, name, applied_at) VALUES (@version, @name, @at);")))
            {
                record.With("@version", migration.Version).With("@name", migration.Name).With("@at", timeProvider.GetUtcNow().UtcTicks);
                record.ExecuteNonQuery();
            }

            applied(migration);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
