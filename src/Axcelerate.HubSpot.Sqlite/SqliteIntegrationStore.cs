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
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly string _dataSource;
    private readonly TimeSpan _busyTimeout;
    private readonly TimeProvider _timeProvider;
    private int _disposed;

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
        _busyTimeout = options.BusyTimeout;
        _busyTimeoutMilliseconds = (int)Math.Ceiling(options.BusyTimeout.TotalMilliseconds);
        (_connectionString, _dataSource) = Normalise(connectionString, _busyTimeout);
        _timeProvider = timeProvider ?? TimeProvider.System;
        using var connection = Open();
        SqliteSchema.Migrate(connection, _timeProvider, logger ?? NullLogger<SqliteIntegrationStore>.Instance);
    }

    private DateTimeOffset Now => _timeProvider.GetUtcNow();

    /// <summary>Releases the pooled connections to the database file.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
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

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            SetBusyTimeout(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private async ValueTask<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            SetBusyTimeout(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Waits for another writer's lock instead of failing at once; pooled connections keep it, the statement is cheap.
    // synchronous = NORMAL (WAL): a commit no longer waits for its own fsync (the WAL is synced at checkpoints), so a
    // commit survives a process crash and the file is never corrupted; only a power cut may lose the last commits.
    private void SetBusyTimeout(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }

    // SQLITE_BUSY (5) or SQLITE_LOCKED (6), whatever the extended code: another connection holds the lock.
    private static bool IsBusy(SqliteException exception) => (exception.SqliteErrorCode & 0xFF) is 5 or 6;

    private SqliteStoreBusyException Busy(SqliteException exception) =>
        new($"The SQLite store '{_dataSource}' is locked by another connection (SQLite error {exception.SqliteErrorCode}: database is locked); "
            + $"the operation waited the busy timeout of {_busyTimeout} for the write lock and gave up, writing nothing. Another process or a long transaction holds the lock: "
            + "run it again once that writer is done, or raise SqliteStoreOptions.BusyTimeout.", exception)
        {
            DataSource = _dataSource,
            BusyTimeout = _busyTimeout,
        };
}
