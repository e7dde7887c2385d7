using Axcelerate.HubSpot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Axcelerate.HubSpot.Sqlite;

/// <summary>
/// The embedded durable store on SQLite (hand-written SQL over Microsoft.Data.Sqlite). The schema is created or
/// migrated when the store is constructed; the database runs in WAL mode; every operation opens a pooled connection
/// of its own, so the store is safe to share between threads, and writes that belong together run in one transaction.
/// </summary>
/// <remarks>
/// Tokens are stored as given: protect the database file like any other secret store (file permissions, disk
/// encryption). For several host instances use a server database provider instead; SQLite is for one host.
/// </remarks>
public sealed partial class SqliteIntegrationStore : IIntegrationStore, IDisposable
{
    private readonly SqliteStoreCore _core;

    /// <summary>Opens (creating when missing) the database and brings its schema up to date.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=axcelerate-hubspot.db</c>.</param>
    /// <param name="timeProvider">The clock that stamps writes; the system clock when null.</param>
    /// <param name="logger">Receives the migration log; none when null.</param>
    /// <exception cref="ArgumentException">The connection string is empty, malformed, or names an in-memory database.</exception>
    public SqliteIntegrationStore(string connectionString, TimeProvider? timeProvider = null, ILogger<SqliteIntegrationStore>? logger = null)
        : this(connectionString, new SqliteStoreOptions(), timeProvider, logger)
    {
    }

    /// <summary>Opens (creating when missing) the database with these options and brings its schema up to date.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=axcelerate-hubspot.db</c>.</param>
    /// <param name="options">How long to wait for another connection's lock (<see cref="SqliteStoreOptions.BusyTimeout"/>).</param>
    /// <param name="timeProvider">The clock that stamps writes; the system clock when null.</param>
    /// <param name="logger">Receives the migration log; none when null.</param>
    /// <exception cref="ArgumentException">The connection string is empty, malformed, or names an in-memory database.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The busy timeout is not positive.</exception>
    public SqliteIntegrationStore(string connectionString, SqliteStoreOptions options, TimeProvider? timeProvider = null, ILogger<SqliteIntegrationStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (normalised, dataSource) = Normalise(connectionString, options.BusyTimeout);
        timeProvider ??= TimeProvider.System;
        _core = new SqliteStoreCore(normalised, dataSource, options.BusyTimeout, options.DurableCommits, timeProvider);
        using var connection = _core.Open();
        SqliteSchema.Migrate(connection, timeProvider, logger ?? NullLogger<SqliteIntegrationStore>.Instance);
    }

    /// <summary>A connection set up as every store operation's is (busy timeout, commit durability), for tests.</summary>
    internal Microsoft.Data.Sqlite.SqliteConnection OpenConnection() => _core.Open();

    /// <summary>Releases the pooled connections to the database file.</summary>
    public void Dispose()
    {
        if (_core.MarkDisposed())
        {
            _core.ClearPool();
        }
    }

    private static (string ConnectionString, string DataSource) Normalise(string connectionString, TimeSpan busyTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"The SQLite connection string is malformed: {ex.Message}", nameof(connectionString), ex);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource)
            || builder.DataSource == ":memory:"
            || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new ArgumentException(
                "The SQLite store needs a database file, e.g. \"Data Source=axcelerate-hubspot.db\". For a store that lives in memory, call UseInMemoryStore() instead.",
                nameof(connectionString));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.Mode is SqliteOpenMode.ReadWriteCreate)
        {
            Directory.CreateDirectory(directory);
        }

        builder.Pooling = true;
        // Microsoft.Data.Sqlite retries a busy statement until this many seconds passed (0 would retry for ever).
        builder.DefaultTimeout = (int)Math.Max(1, Math.Ceiling(Math.Min(busyTimeout.TotalSeconds, int.MaxValue)));
        return (builder.ToString(), builder.DataSource);
    }
}
