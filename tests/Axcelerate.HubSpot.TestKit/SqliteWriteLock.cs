using Microsoft.Data.Sqlite;

namespace Axcelerate.HubSpot.TestKit;

/// <summary>
/// Another connection holding a SQLite database's write lock (<c>BEGIN IMMEDIATE</c>), as a second process or a long
/// transaction would, until disposed (then rolled back and closed).
/// </summary>
public sealed class SqliteWriteLock : IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteWriteLock(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens an unpooled connection to the file and takes its write lock.</summary>
    /// <param name="databasePath">The database file.</param>
    /// <returns>The held lock.</returns>
    public static SqliteWriteLock Take(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.ExecuteNonQuery();
        return new SqliteWriteLock(connection);
    }

    /// <summary>Releases the lock (rolls back) and closes the connection.</summary>
    public void Dispose()
    {
        using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
        }

        _connection.Dispose();
    }
}
