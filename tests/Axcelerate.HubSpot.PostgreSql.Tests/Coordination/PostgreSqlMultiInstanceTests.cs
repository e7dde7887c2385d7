using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit.Coordination;

namespace Axcelerate.HubSpot.PostgreSql.Tests.Coordination;

/// <summary>The multi-instance contract on PostgreSQL: each instance opens its own store on one schema of its own.</summary>
public sealed class PostgreSqlMultiInstanceTests : MultiInstanceContractTests
{
    private readonly TempSchema _schema = new();

    protected override IIntegrationStore CreateStore(TimeProvider timeProvider) =>
        new PostgreSqlIntegrationStore(PostgresServer.ConnectionString, _schema.Options, timeProvider);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _schema.Dispose();
    }
}
