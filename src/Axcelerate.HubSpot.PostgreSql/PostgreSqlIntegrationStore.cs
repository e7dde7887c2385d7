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
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly PostgreSqlStoreSql _sql;
    private readonly PostgreSqlStoreCore _core;

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
            var database = Describe(dataSource);
            timeProvider ??= TimeProvider.System;
            logger ??= NullLogger.Instance;
            _core = new PostgreSqlStoreCore(dataSource, _sql, database, timeProvider, logger);
            using var connection = dataSource.OpenConnection();
            PostgreSqlSchema.Migrate(connection, _sql, database, timeProvider, logger);
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

    /// <summary>Closes the connection pool when the store built it from a connection string.</summary>
    public void Dispose()
    {
        if (_core.MarkDisposed() && _ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    /// <summary>Closes the connection pool when the store built it from a connection string.</summary>
    /// <returns>When the pool is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_core.MarkDisposed() && _ownsDataSource)
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
}
