using Axcelerate.HubSpot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>
/// A second SDK host over the same sandbox with a new, empty in-memory store: what a deployment sees after losing its
/// link store (same HubSpot portal, same aXcelerate account).
/// </summary>
internal static class FreshStore
{
    public static ServiceProvider NewStoreOverSameSandbox(this SandboxHost host)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddHubSpotIntegration(host.PointAt).UseInMemoryStore();
        return collection.BuildServiceProvider();
    }
}
