using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Sqlite;

/// <summary>Log messages of the SQLite store (range <see cref="LogEventIds.Storage"/>).</summary>
internal static partial class SqliteStoreLog
{
    [LoggerMessage(EventId = LogEventIds.Storage + 0, Level = LogLevel.Information, Message = "SQLite store {DataSource}: applied schema migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, string dataSource, int version, string name);

    [LoggerMessage(EventId = LogEventIds.Storage + 1, Level = LogLevel.Debug, Message = "SQLite store {DataSource}: schema is at version {Version}")]
    public static partial void SchemaReady(ILogger logger, string dataSource, int version);
}
