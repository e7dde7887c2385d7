using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.TestKit.Coordination;

namespace Axcelerate.HubSpot.Sqlite.Tests.Coordination;

/// <summary>The multi-instance contract on SQLite: each instance opens its own <see cref="SqliteIntegrationStore"/> on one new file.</summary>
public sealed class SqliteMultiInstanceTests : MultiInstanceContractTests
{
    private readonly TempDatabase _database = new();

    protected override IIntegrationStore CreateStore(TimeProvider timeProvider) => new SqliteIntegrationStore(_database.ConnectionString, timeProvider);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }
}
