using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Sqlite;

/// <summary>
/// Brings a database to the latest schema: WAL mode, then every missing migration inside one <c>BEGIN IMMEDIATE</c>
/// transaction. The write lock serialises concurrent openers (other threads or processes): the second one waits
/// (busy_timeout), then finds the migrations recorded and applies nothing.
/// </summary>
internal static class SqliteSchema
{
    public static void Migrate(SqliteConnection connection, TimeProvider timeProvider, ILogger logger)
    {
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL);";
            create.ExecuteNonQuery();
        }

        int current;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
            current = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        if (current > SqliteMigrations.LatestVersion)
        {
            throw new InvalidOperationException(
                $"The SQLite store '{connection.DataSource}' has schema version {current}, newer than the {SqliteMigrations.LatestVersion} this version of Axcelerate.HubSpot.Sqlite knows. Upgrade the package.");
        }

        foreach (var migration in SqliteMigrations.All.Where(m => m.Version > current))
        {
            using var apply = connection.CreateCommand();
            apply.Transaction = transaction;
            apply.CommandText = migration.Sql;
            apply.ExecuteNonQuery();

            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at);";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().UtcTicks);
            record.ExecuteNonQuery();
            SqliteStoreLog.MigrationApplied(logger, connection.DataSource, migration.Version, migration.Name);
        }

        transaction.Commit();
        SqliteStoreLog.SchemaReady(logger, connection.DataSource, SqliteMigrations.LatestVersion);
    }
}
