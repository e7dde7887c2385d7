using Axcelerate.HubSpot.AdoNet;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>
/// Brings a schema to the latest version in one transaction under a transaction-scoped advisory lock
/// (<c>pg_advisory_xact_lock</c>, keyed by the schema name): instances starting together queue on the lock, the first
/// creates the schema and applies the missing migrations, the others then find them recorded and apply nothing. The
/// lock goes with the transaction, so a migrator that dies never leaves it held. PostgreSQL's DDL is transactional:
/// a failed step leaves the schema as it was.
/// </summary>
internal static class PostgreSqlSchema
{
    /// <summary>The first key of every advisory lock this package takes ("AXHS"), so it never meets another application's.</summary>
    public const int LockClass = 0x41584853;

    public static void Migrate(NpgsqlConnection connection, PostgreSqlStoreSql sql, string database, TimeProvider timeProvider, ILogger logger)
    {
        using var transaction = connection.BeginTransaction();
        if (!(bool)Scalar(connection, transaction, "SELECT pg_try_advisory_xact_lock(@class, hashtext(@schema));", sql.Schema)!)
        {
            PostgreSqlStoreLog.WaitingForMigrationLock(logger, database);
            Scalar(connection, transaction, "SELECT pg_advisory_xact_lock(@class, hashtext(@schema));", sql.Schema);
        }

        // Checked first: a database user without CREATE on the database can still use a schema an administrator made.
        if (Scalar(connection, transaction, "SELECT 1 FROM pg_namespace WHERE nspname = @schema;", sql.Schema) is null)
        {
            Execute(connection, transaction, $"CREATE SCHEMA {sql.QuotedSchema};");
        }

        Execute(connection, transaction, sql.Apply("CREATE TABLE IF NOT EXISTS axhs.schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL);"));
        AdoMigrator.ApplyMissing(
            connection,
            transaction,
            PostgreSqlMigrations.All,
            sql.Apply,
            timeProvider,
            current => $"The PostgreSQL store {database} schema '{sql.Schema}' has schema version {current}, newer than the {PostgreSqlMigrations.LatestVersion} this version of Axcelerate.HubSpot.PostgreSql knows. Upgrade the package.",
            migration => PostgreSqlStoreLog.MigrationApplied(logger, database, sql.Schema, migration.Version, migration.Name));

        transaction.Commit();
        PostgreSqlStoreLog.SchemaReady(logger, database, sql.Schema, PostgreSqlMigrations.LatestVersion);
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string commandText)
    {
        using var command = new NpgsqlCommand(commandText, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(NpgsqlConnection connection, NpgsqlTransaction transaction, string commandText, string schema)
    {
        using var command = new NpgsqlCommand(commandText, connection, transaction);
        if (commandText.Contains("@class", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("@class", LockClass);
        }

        if (commandText.Contains("@schema", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("@schema", schema);
        }

        return command.ExecuteScalar();
    }
}
