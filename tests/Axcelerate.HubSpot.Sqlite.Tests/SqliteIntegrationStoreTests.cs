using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.TestKit.Storage;

namespace Axcelerate.HubSpot.Sqlite.Tests;

public sealed class SqliteIntegrationStoreTests : IntegrationStoreContractTests
{
    private readonly TempDatabase _database = new();

    protected override IIntegrationStore CreateStore(TimeProvider timeProvider) => new SqliteIntegrationStore(_database.ConnectionString, timeProvider);

    public override void Dispose()
    {
        base.Dispose();
        _database.Dispose();
    }
}
