using System.Data.Common;
using System.Globalization;
using Axcelerate.HubSpot.AdoNet;
using Axcelerate.HubSpot.Storage;
using Microsoft.Data.Sqlite;

namespace Axcelerate.HubSpot.Sqlite;

/// <summary>
/// SQLite's side of the shared ADO.NET core: pooled connections with a busy timeout, tables without a schema,
/// <c>BEGIN IMMEDIATE</c> write transactions behind a process-wide write gate, and <c>SQLITE_BUSY</c> turned into
/// <see cref="SqliteStoreBusyException"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Reliability",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The write gate is only awaited (WaitAsync), so it never allocates a wait handle and holds nothing to release.")]
internal sealed partial class SqliteStoreCore : AdoStoreCore
{
    private const string DayFormat = "yyyy-MM-dd";
    private const int InListChunk = 500;

    private readonly string _connectionString;
    private readonly string _dataSource;
    private readonly TimeSpan _busyTimeout;
    private readonly int _busyTimeoutMilliseconds;
    private readonly string _connectionPragmas;

    // One writer of this process at a time waits here, asynchronously and in turn, instead of in SQLite's busy handler,
    // which sleeps a blocked thread for up to 100 ms between tries and lets a waiter lose to newcomers (the ingest
    // benchmark's p99 acknowledgement was seconds with ten concurrent webhook deliveries). Other processes still meet
    // the busy timeout.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteStoreCore(string connectionString, string dataSource, TimeSpan busyTimeout, bool durableCommits, TimeProvider timeProvider)
        : base(timeProvider, typeof(SqliteIntegrationStore))
    {
        _connectionString = connectionString;
        _dataSource = dataSource;
        _busyTimeout = busyTimeout;
        _busyTimeoutMilliseconds = (int)Math.Ceiling(busyTimeout.TotalMilliseconds);
        _connectionPragmas = $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)}; PRAGMA synchronous = {(durableCommits ? "FULL" : "NORMAL")};";
    }

    protected override SemaphoreSlim? WriteGate => _writeGate;

    /// <summary>SQLite has no schemas: the shared <c>axhs.</c> table prefix is dropped.</summary>
    public override string Prepare(string sql) => PrepareSql(sql);

    /// <inheritdoc cref="Prepare"/>
    public static string PrepareSql(string sql) => sql.Replace(TablePrefix, string.Empty, StringComparison.Ordinal);

    /// <summary>Releases the pooled connections to the database file.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public SqliteConnection Open()
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

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
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

    /// <summary>Not deferred: take the write lock up front, so a concurrent writer waits instead of failing on lock upgrade.</summary>
    protected override ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override Exception? TranslateWriteFailure(DbException exception) =>
        exception is SqliteException sqlite && IsBusy(sqlite) ? Busy(sqlite) : null;

    /// <summary>Any constraint (SQLITE_CONSTRAINT, 19).</summary>
    public override bool IsConstraintViolation(DbException exception) => exception is SqliteException { SqliteErrorCode: 19 };

    protected override string SaveDealStagePipelineSql =>
        "INSERT OR REPLACE INTO deal_stage_pipeline (singleton, pipeline_id, pipeline_label, updated_at) VALUES (1, @id, @label, @at);";

    protected override string SaveTokensSql =>
        "INSERT OR REPLACE INTO hubspot_tokens (singleton, access_token, refresh_token, expires_at, hub_id, scopes, saved_at, invalidated_at, invalid_reason) VALUES (1, @access, @refresh, @expires, @hub, @scopes, @at, @invalidated, @reason);";

    protected override string AcquireLeaseSql => """
        INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expires)
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE leases.holder = excluded.holder OR leases.expires_at <= @now;
        """;

    protected override string AddRatePermitsSql => """
        INSERT INTO rate_budget_slots (budget, slot, permits) VALUES (@budget, @slot, @granted)
        ON CONFLICT (budget, slot) DO UPDATE SET permits = permits + excluded.permits;
        """;

    protected override string MappingConflictTarget => "(entity, axcelerate_field, hubspot_property)";

    protected override string MappingKeyMatches => "axcelerate_field = @ax AND hubspot_property = @hs";

    /// <summary>A deferred transaction: reads share the database, and see one snapshot until it ends.</summary>
    protected override ValueTask<DbTransaction> BeginSnapshotReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    /// <summary>An <c>IN (@p0, @p1, …)</c> list per chunk of ids: SQLite has no array parameter.</summary>
    protected override async ValueTask<List<RecordLink>> FindLinksAsync<T>(MappedEntity entity, string column, IEnumerable<T> values, CancellationToken cancellationToken)
    {
        var all = new List<RecordLink>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var chunk in values.Chunk(InListChunk))
            {
                var names = chunk.Select((_, index) => "@p" + index.ToString(CultureInfo.InvariantCulture)).ToArray();
                var select = Command(
                    connection,
                    null,
                    $"SELECT {LinkColumns} FROM axhs.record_links WHERE entity = @entity AND {column} IN ({string.Join(", ", names)});",
                    [("@entity", AdoValues.Name(entity)), .. names.Select((name, index) => (name, (object?)chunk[index]))]);
                await using (select.ConfigureAwait(false))
                {
                    all.AddRange(await QueryAsync(select, AdoRows.RecordLink, cancellationToken).ConfigureAwait(false));
                }
            }
        }

        return all;
    }

    protected override object DayValue(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    protected override DateOnly? ReadDay(object? value) =>
        value is string day ? DateOnly.ParseExact(day, DayFormat, CultureInfo.InvariantCulture) : null;

    // Waits for another writer's lock instead of failing at once, and commits as durably as the options say (see
    // SqliteStoreOptions.DurableCommits); pooled connections keep both, the statement is cheap.
    private void SetBusyTimeout(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _connectionPragmas;
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
