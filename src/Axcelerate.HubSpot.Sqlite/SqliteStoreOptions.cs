namespace Axcelerate.HubSpot.Sqlite;

/// <summary>How the SQLite store waits for the database file's lock.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The longest <see cref="BusyTimeout"/> accepted (SQLite counts it in milliseconds as a 32-bit number).</summary>
    public static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMilliseconds(int.MaxValue);

    /// <summary>
    /// How long an operation waits while another connection (another process, or a long transaction) holds the
    /// database's write lock, before it fails with <see cref="SqliteStoreBusyException"/> and writes nothing
    /// (30 seconds by default). Microsoft.Data.Sqlite counts its own part of the wait in whole seconds, so a value under
    /// a second waits about a second.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    internal void Validate()
    {
        if (BusyTimeout <= TimeSpan.Zero || BusyTimeout > MaxBusyTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(BusyTimeout), BusyTimeout, $"SqliteStoreOptions.BusyTimeout must be more than zero and at most {MaxBusyTimeout}; {BusyTimeout} is not.");
        }
    }
}
