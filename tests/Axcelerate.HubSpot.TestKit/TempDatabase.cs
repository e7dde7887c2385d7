using Microsoft.Data.Sqlite;

namespace Axcelerate.HubSpot.TestKit;

/// <summary>A database file in a fresh temp folder, deleted with the folder afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "axhs-tests-" + Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Path = System.IO.Path.Combine(_folder, "store.db");
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
