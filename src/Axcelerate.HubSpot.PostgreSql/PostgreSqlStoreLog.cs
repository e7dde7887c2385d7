using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>Log messages of the PostgreSQL store (range <see cref="LogEventIds.Storage"/>, 4500-4999. Never the password.</summary>
internal static partial class PostgreSqlStoreLog
{
    [LoggerMessage(EventId = LogEventIds.Storage + 500, Level = LogLevel.Information, Message = "PostgreSQL store {Database} schema {Schema}: applied schema migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, string database, string schema, int version, string name);

    [LoggerMessage(EventId = LogEventIds.Storage + 501, Level = LogLevel.Debug, Message = "PostgreSQL store {Database} schema {Schema}: schema is at version {Version}")]
    public static partial void SchemaReady(ILogger logger, string database, string schema, int version);

    [LoggerMessage(EventId = LogEventIds.Storage + 502, Level = LogLevel.Debug, Message = "PostgreSQL store {Database}: waiting for another instance's schema migration (advisory lock)")]
    public static partial void WaitingForMigrationLock(ILogger logger, string database);

    [LoggerMessage(EventId = LogEventIds.Storage + 503, Level = LogLevel.Warning, Message = "PostgreSQL store {Database}: transaction attempt {Attempt} hit {SqlState} (deadlock or serialization failure); retrying")]
    public static partial void TransactionRetried(ILogger logger, string database, int attempt, string sqlState);
}
