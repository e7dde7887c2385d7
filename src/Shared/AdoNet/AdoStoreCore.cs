using System.Data.Common;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>
/// The ADO.NET core both SQL stores share (compiled into each store package as internal source): connections,
/// parameterised commands, row reading, the write transaction, and — in the partial files beside this one — every store
/// operation whose logic is the same on both databases. A store derives one sealed subclass that supplies the dialect:
/// how a connection opens, how SQL text is adapted, how a write transaction begins, which failures are retried or
/// translated, and the few statements that really differ.
/// </summary>
/// <remarks>
/// Shared SQL is written once: parameters as <c>@name</c> (Microsoft.Data.Sqlite and Npgsql both read them) and tables
/// as <c>axhs.table</c>, which <see cref="Prepare"/> turns into the dialect's table reference. Times are stored as UTC
/// ticks (<see cref="AdoValues.Ticks(DateTimeOffset)"/>) on both databases.
/// </remarks>
internal abstract partial class AdoStoreCore
{
    /// <summary>How shared SQL names a table (<c>axhs.table</c>); the dialect's <see cref="Prepare"/> replaces it.</summary>
    public const string TablePrefix = "axhs.";

    private readonly TimeProvider _timeProvider;
    private readonly Type _owner;
    private int _disposed;

    protected AdoStoreCore(TimeProvider timeProvider, Type owner)
    {
        _timeProvider = timeProvider;
        _owner = owner;
    }

    /// <summary>The store's clock, read once per write.</summary>
    public DateTimeOffset Now => _timeProvider.GetUtcNow();

    /// <summary>Marks the store disposed; true the first time only.</summary>
    public bool MarkDisposed() => Interlocked.Exchange(ref _disposed, 1) == 0;

    /// <summary>Adapts shared SQL text to the dialect (table references); applied to every command.</summary>
    public abstract string Prepare(string sql);

    /// <summary>Opens a connection of the store's own (pooled).</summary>
    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins the transaction every multi-statement write runs in.</summary>
    protected abstract ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serialises this process's write transactions when the dialect wants it; none by default.</summary>
    protected virtual SemaphoreSlim? WriteGate => null;

    /// <summary>Whether a failed write transaction (rolled back whole) runs again; never by default.</summary>
    protected virtual bool RetryTransaction(DbException exception, int attempt) => false;

    /// <summary>The exception a write's database failure becomes, or null to let it through as it is.</summary>
    protected virtual Exception? TranslateWriteFailure(DbException exception) => null;

    /// <summary>Whether a key constraint refused the write.</summary>
    public abstract bool IsConstraintViolation(DbException exception);

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, _owner);
        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A command with the prepared SQL and the parameters bound (null as <see cref="DBNull"/>).</summary>
    public DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = Prepare(sql);
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return command;
    }

    /// <summary>Runs a read on a connection of its own; database failures pass through as they are.</summary>
    public async ValueTask<T> ReadAsync<T>(Func<DbConnection, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await work(connection).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a write (statements outside a transaction) on a connection of its own; failures are translated.</summary>
    public async ValueTask<T> WriteAsync<T>(Func<DbConnection, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAsync(work, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex) when (TranslateWriteFailure(ex) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Runs one statement on its own connection and returns the rows changed.</summary>
    public ValueTask<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        WriteAsync(connection => ExecuteAsync(connection, null, sql, cancellationToken, parameters), cancellationToken);

    /// <summary>Runs one statement and returns the rows changed.</summary>
    public async ValueTask<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one query and returns its first column of the first row, or null.</summary>
    public async ValueTask<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one query on its own connection (a read) and returns its first column of the first row, or null.</summary>
    public ValueTask<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        ReadAsync(connection => ScalarAsync(connection, null, sql, cancellationToken, parameters), cancellationToken);

    /// <summary>Runs one query (or a statement with <c>RETURNING</c>) and maps every row.</summary>
    public async ValueTask<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await QueryAsync(command, map, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a prepared command and maps every row.</summary>
    public static async ValueTask<List<T>> QueryAsync<T>(DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(map(reader));
            }
        }

        return rows;
    }

    /// <summary>Runs one query on its own connection (a read) and maps every row.</summary>
    public ValueTask<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        ReadAsync(connection => QueryAsync(connection, null, sql, map, cancellationToken, parameters), cancellationToken);

    /// <summary>Runs one query on its own connection (a read) and maps the first row, or null when there is none.</summary>
    public async ValueTask<T?> QueryFirstAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        where T : class
    {
        var rows = await QueryAsync(sql, map, cancellationToken, parameters).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction (<see cref="BeginWriteTransactionAsync"/>), committed when it
    /// returns normally, behind the dialect's <see cref="WriteGate"/>; a failure the dialect retries runs it again on a
    /// new connection, any other is translated.
    /// </summary>
    public async ValueTask<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        var gate = WriteGate;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        var transaction = await BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
                        await using (transaction.ConfigureAwait(false))
                        {
                            var result = await work(connection, transaction).ConfigureAwait(false);
                            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                            return result;
                        }
                    }
                }
                catch (DbException ex) when (RetryTransaction(ex, attempt))
                {
                    // Rolled back whole: run it again.
                }
                catch (DbException ex) when (TranslateWriteFailure(ex) is { } translated)
                {
                    throw translated;
                }
            }
        }
        finally
        {
            gate?.Release();
        }
    }
}
