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
        var sandbox = host.Sandbox;
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddHubSpotIntegration(o =>
        {
            o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
            o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
            o.HubSpot.BaseDelay = TimeSpan.FromMilliseconds(1);
            o.HubSpot.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
            o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
            o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
            o.Axcelerate.TimeZone = "Australia/Brisbane";
            o.Axcelerate.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.Axcelerate.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
        }).UseInMemoryStore();
        return collection.BuildServiceProvider();
    }
}
