namespace Axcelerate.HubSpot.Sqlite;

/// <summary>
/// The SQLite store waited its <see cref="SqliteStoreOptions.BusyTimeout"/> for the database's lock, held by another
/// connection (another process, or a long write transaction), and gave up. Nothing of the operation was written (every
/// multi-row write runs in one transaction). Run it again once the other writer is done, or raise the timeout.
/// </summary>
public sealed class SqliteStoreBusyException : TimeoutException
{
    /// <summary>Creates an exception.</summary>
    public SqliteStoreBusyException()
        : base("The SQLite store's database is locked by another connection.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public SqliteStoreBusyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">SQLite's error (<c>SQLITE_BUSY</c> or <c>SQLITE_LOCKED</c>).</param>
    public SqliteStoreBusyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The database file.</summary>
    public string? DataSource { get; init; }

    /// <summary>How long the operation waited for the lock.</summary>
    public TimeSpan BusyTimeout { get; init; }
}
