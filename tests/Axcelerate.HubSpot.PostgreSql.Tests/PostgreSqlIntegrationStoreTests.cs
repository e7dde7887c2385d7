using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit.Storage;

namespace Axcelerate.HubSpot.PostgreSql.Tests;

/// <summary>The store contract suite on PostgreSQL; each test has a schema of its own, so tests run in parallel.</summary>
public sealed class PostgreSqlIntegrationStoreTests : IntegrationStoreContractTests
{
    private readonly TempSchema _schema = new();

    protected override IIntegrationStore CreateStore(TimeProvider timeProvider) =>
        new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, _schema.Options, timeProvider);

    public override void Dispose()
    {
        base.Dispose();
        _schema.Dispose();
    }
}
