using Axcelerate.HubSpot.AdoNet;
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

        AdoMigrator.ApplyMissing(
            connection,
            transaction,
            SqliteMigrations.All,
            SqliteStoreCore.PrepareSql,
            timeProvider,
            current => $"The SQLite store '{connection.DataSource}' has schema version {current}, newer than the {SqliteMigrations.LatestVersion} this version of Axcelerate.HubSpot.Sqlite knows. Upgrade the package.",
            migration => SqliteStoreLog.MigrationApplied(logger, connection.DataSource, migration.Version, migration.Name));

        transaction.Commit();
        SqliteStoreLog.SchemaReady(logger, connection.DataSource, SqliteMigrations.LatestVersion);
    }
}
