namespace Axcelerate.HubSpot.Sqlite;

/// <summary>How the SQLite store waits for the database file's lock and how durably it commits.</summary>
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

    /// <summary>
    /// Whether every commit waits until it is on disk (SQLite's <c>synchronous = FULL</c>; true by default). False
    /// (<c>NORMAL</c>) makes each commit several milliseconds cheaper, for bulk runs such as a first import with the rate
    /// limits lifted: a commit still survives a crash of the process and the file never corrupts, but a power cut or an
    /// operating-system crash may lose the last commits, webhooks already acknowledged to HubSpot among them.
    /// </summary>
    public bool DurableCommits { get; set; } = true;

    internal void Validate()
    {
        if (BusyTimeout <= TimeSpan.Zero || BusyTimeout > MaxBusyTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(BusyTimeout), BusyTimeout, $"SqliteStoreOptions.BusyTimeout must be more than zero and at most {MaxBusyTimeout}; {BusyTimeout} is not.");
        }
    }
}
