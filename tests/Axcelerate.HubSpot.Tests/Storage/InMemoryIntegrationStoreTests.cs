using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit.Storage;

namespace Axcelerate.HubSpot.Tests.Storage;

public sealed class InMemoryIntegrationStoreTests : IntegrationStoreContractTests
{
    protected override IIntegrationStore CreateStore(TimeProvider timeProvider) => new InMemoryIntegrationStore(timeProvider);
}
