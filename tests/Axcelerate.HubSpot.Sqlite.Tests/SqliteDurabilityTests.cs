using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.TestKit;

namespace Axcelerate.HubSpot.Sqlite.Tests;

/// <summary>
/// How durably the store commits (<see cref="SqliteStoreOptions.DurableCommits"/>): every commit waits for the disk by
/// default, so a webhook acknowledged to HubSpot survives a power cut; a bulk run may trade that for speed.
/// </summary>
public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(null, 2L)]   // the default: FULL
    [InlineData(true, 2L)]
    [InlineData(false, 1L)]  // NORMAL
    public void Every_store_connection_commits_as_durably_as_the_options_say(bool? durableCommits, long expected)
    {
        var options = new SqliteStoreOptions();
        if (durableCommits is { } durable)
        {
            options.DurableCommits = durable;
        }

        using var store = new SqliteIntegrationStore(_database.ConnectionString, options);
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";

        command.ExecuteScalar().Should().Be(expected);
    }
}
