using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>
/// The store on PostgreSQL (hand-written SQL over Npgsql), for one or several host instances sharing one database.
/// The schema is created or migrated when the store is constructed, under an advisory lock so instances starting
/// together never race; every operation takes a pooled connection of its own, so the store is safe to share between
/// threads; writes that belong together run in one transaction; work is claimed with <c>FOR UPDATE SKIP LOCKED</c>
/// under a lease that expires when the claiming instance dies.
/// </summary>
/// <remarks>
/// Tokens are stored as given: protect the database like any other secret store (roles, TLS, encryption at rest).
/// The connection string's password never appears in this store's logs or exception messages.
/// </remarks>
public sealed partial class PostgreSqlIntegrationStore : IIntegrationStore, IDisposable, IAsyncDisposable
{
    private const int TransactionAttempts = 5;

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly PostgreSqlStoreSql _sql;
    private readonly string _database;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private int _disposed;

    /// <summary>Connects with a connection string (its own connection pool) and brings the schema up to date.</summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=integration;Username=app;Password=…</c>.</param>
    /// <param name="options">Where the tables live; the <c>axcelerate_hubspot</c> schema when null.</param>
    /// <param name="timeProvider">The clock that stamps writes and times leases; the system clock when null.</param>
    /// <param name="logger">Receives the migration log; none when null.</param>
    /// <exception cref="ArgumentException">The connection string is empty or malformed, or the schema name is not usable.</exception>
    public PostgreSqlIntegrationStore(string connectionString, PostgreSqlStoreOptions? options = null, TimeProvider? timeProvider = null, ILogger<PostgreSqlIntegrationStore>? logger = null)
        : this(Build(connectionString), ownsDataSource: true, options, timeProvider, logger)
    {
    }

    /// <summary>Uses a data source the host built (and disposes), and brings the schema up to date.</summary>
    /// <param name="dataSource">The host's Npgsql data source; the store borrows connections from it and never disposes it.</param>
    /// <param name="options">Where the tables live; the <c>axcelerate_hubspot</c> schema when null.</param>
    /// <param name="timeProvider">The clock that stamps writes and times leases; the system clock when null.</param>
    /// <param name="logger">Receives the migration log; none when null.</param>
    /// <exception cref="ArgumentException">The schema name is not usable.</exception>
    public PostgreSqlIntegrationStore(NpgsqlDataSource dataSource, PostgreSqlStoreOptions? options = null, TimeProvider? timeProvider = null, ILogger<PostgreSqlIntegrationStore>? logger = null)
        : this(dataSource ?? throw new ArgumentNullException(nameof(dataSource)), ownsDataSource: false, options, timeProvider, logger)
    {
    }

    private PostgreSqlIntegrationStore(NpgsqlDataSource dataSource, bool ownsDataSource, PostgreSqlStoreOptions? options, TimeProvider? timeProvider, ILogger? logger)
    {
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        try
        {
            _sql = new PostgreSqlStoreSql((options ?? new PostgreSqlStoreOptions()).ValidatedSchema());
            _database = Describe(dataSource);
            _timeProvider = timeProvider ?? TimeProvider.System;
            _logger = logger ?? NullLogger.Instance;
            using var connection = dataSource.OpenConnection();
            PostgreSqlSchema.Migrate(connection, _sql, _database, _timeProvider, _logger);
        }
        catch
        {
            if (ownsDataSource)
            {
                dataSource.Dispose();
            }

            throw;
        }
    }

    /// <summary>The schema that holds the store's tables.</summary>
    public string Schema => _sql.Schema;

    private DateTimeOffset Now => _timeProvider.GetUtcNow();

    /// <summary>Closes the connection pool when the store built it from a connection string.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    /// <summary>Closes the connection pool when the store built it from a connection string.</summary>
    /// <returns>When the pool is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static NpgsqlDataSource Build(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        try
        {
            return new NpgsqlDataSourceBuilder(connectionString).Build();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or KeyNotFoundException or NotSupportedException)
        {
            // Npgsql's message may quote the offending text, which can be the password: only the kind of problem is said.
            throw new ArgumentException(
                "The PostgreSQL connection string is malformed (an unknown keyword, or a value of the wrong kind); it takes keywords such as Host=...;Port=5432;Database=...;Username=...;Password=....",
                nameof(connectionString));
        }
    }

    /// <summary>Names the database for logs and errors: host, port and database, never credentials.</summary>
    private static string Describe(NpgsqlDataSource dataSource)
    {
        var builder = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
    }

    private async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null) =>
        new(_sql.Apply(sql), connection, transaction);

    /// <summary>Runs one statement on its own connection and returns the rows changed.</summary>
    private async ValueTask<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ExecuteAsync(connection, null, sql, cancellationToken, parameters).ConfigureAwait(false);
        }
    }

    private async ValueTask<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, sql, transaction);
        await using (command.ConfigureAwait(false))
        {
            foreach (var (name, value) in parameters)
            {
                command.With(name, value);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one read-committed transaction, committed when it returns normally; a deadlock
    /// or serialization failure (PostgreSQL rolled the whole transaction back) runs it again, up to a few times.
    /// </summary>
    private async ValueTask<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                try
                {
                    var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        var result = await work(connection, transaction).ConfigureAwait(false);
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        return result;
                    }
                }
                catch (PostgresException ex) when (ex.IsRetryable() && attempt < TransactionAttempts)
                {
                    PostgreSqlStoreLog.TransactionRetried(_logger, _database, attempt, ex.SqlState);
                }
            }
        }
    }
}
