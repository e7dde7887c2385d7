using System.Data;
using System.Data.Common;
using Axcelerate.HubSpot.AdoNet;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>
/// PostgreSQL's side of the shared ADO.NET core: connections from the data source, tables qualified by the store's
/// schema, read-committed write transactions run again after a deadlock or serialization failure.
/// </summary>
internal sealed partial class PostgreSqlStoreCore : AdoStoreCore
{
    private const int TransactionAttempts = 5;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlStoreSql _sql;
    private readonly string _database;
    private readonly ILogger _logger;

    public PostgreSqlStoreCore(NpgsqlDataSource dataSource, PostgreSqlStoreSql sql, string database, TimeProvider timeProvider, ILogger logger)
        : base(timeProvider, typeof(PostgreSqlIntegrationStore))
    {
        _dataSource = dataSource;
        _sql = sql;
        _database = database;
        _logger = logger;
    }

    /// <summary>Qualifies every <c>axhs.table</c> with the store's schema.</summary>
    public override string Prepare(string sql) => _sql.Apply(sql);

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Read committed (the server's default).</summary>
    protected override async ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>A deadlock or serialization failure (PostgreSQL rolled the whole transaction back) runs again, up to a few times.</summary>
    protected override bool RetryTransaction(DbException exception, int attempt)
    {
        if (exception is PostgresException postgres && postgres.IsRetryable() && attempt < TransactionAttempts)
        {
            PostgreSqlStoreLog.TransactionRetried(_logger, _database, attempt, postgres.SqlState);
            return true;
        }

        return false;
    }

    protected override string SaveDealStagePipelineSql => """
        INSERT INTO axhs.deal_stage_pipeline (singleton, pipeline_id, pipeline_label, updated_at) VALUES (1, @id, @label, @at)
        ON CONFLICT (singleton) DO UPDATE SET pipeline_id = excluded.pipeline_id, pipeline_label = excluded.pipeline_label, updated_at = excluded.updated_at;
        """;

    protected override string SaveTokensSql => """
        INSERT INTO axhs.hubspot_tokens (singleton, access_token, refresh_token, expires_at, hub_id, scopes, saved_at, invalidated_at, invalid_reason)
        VALUES (1, @access, @refresh, @expires, @hub, @scopes, @at, @invalidated, @reason)
        ON CONFLICT (singleton) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token, expires_at = excluded.expires_at,
            hub_id = excluded.hub_id, scopes = excluded.scopes, saved_at = excluded.saved_at,
            invalidated_at = excluded.invalidated_at, invalid_reason = excluded.invalid_reason;
        """;

    // PostgreSQL's ON CONFLICT takes the row (or the new key) under a lock and re-checks the WHERE on the latest
    // version, so two instances never both win.
    protected override string AcquireLeaseSql => """
        INSERT INTO axhs.leases AS lease (name, holder, expires_at) VALUES (@name, @holder, @expires)
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE lease.holder = excluded.holder OR lease.expires_at <= @now;
        """;

    protected override string AddRatePermitsSql => """
        INSERT INTO axhs.rate_budget_slots AS slots (budget, slot, permits) VALUES (@budget, @slot, @granted)
        ON CONFLICT (budget, slot) DO UPDATE SET permits = slots.permits + excluded.permits;
        """;

    /// <summary>
    /// Takers of one budget queue on a transaction-scoped advisory lock (keyed by schema and budget): each reads the
    /// permits granted in the window only after the one before it committed its own.
    /// </summary>
    protected override async ValueTask LockRateBudgetAsync(DbConnection connection, DbTransaction transaction, string budgetName, CancellationToken cancellationToken) =>
        await AdvisoryLockAsync(connection, transaction, "/rate/" + budgetName, cancellationToken).ConfigureAwait(false);

    protected override string MappingConflictTarget => "(entity, lower(axcelerate_field), lower(hubspot_property))";

    protected override string MappingKeyMatches => "lower(axcelerate_field) = lower(@ax) AND lower(hubspot_property) = lower(@hs)";

    /// <summary>Repeatable read: every statement sees the snapshot the first one took.</summary>
    protected override async ValueTask<DbTransaction> BeginSnapshotReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

    /// <summary>One array parameter instead of a list of placeholders: any number of ids in one round trip.</summary>
    protected override ValueTask<List<RecordLink>> FindLinksAsync<T>(MappedEntity entity, string column, IEnumerable<T> values, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {LinkColumns} FROM axhs.record_links WHERE entity = @entity AND {column} = ANY(@values);",
            AdoRows.RecordLink,
            cancellationToken,
            ("@entity", AdoValues.Name(entity)),
            ("@values", values.ToArray()));

    protected override object DayValue(DateOnly day) => day;

    protected override DateOnly? ReadDay(object? value) => value is DateOnly day ? day : null;

    /// <summary>Waits for the transaction-scoped advisory lock named by the schema and <paramref name="key"/>.</summary>
    private ValueTask<int> AdvisoryLockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            "SELECT pg_advisory_xact_lock(@class, hashtext(@key));",
            cancellationToken,
            ("@class", PostgreSqlSchema.LockClass),
            ("@key", _sql.Schema + key));

    /// <summary>A unique-key violation (SQLSTATE 23505).</summary>
    public override bool IsConstraintViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgreSqlCommands.UniqueViolation };
}
