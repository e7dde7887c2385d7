using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Sqlite;

/// <summary>Log messages of the SQLite store (EventIds 4000-4099).</summary>
internal static partial class SqliteStoreLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "SQLite store {DataSource}: applied schema migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, string dataSource, int version, string name);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "SQLite store {DataSource}: schema is at version {Version}")]
    public static partial void SchemaReady(ILogger logger, string dataSource, int version);
}
