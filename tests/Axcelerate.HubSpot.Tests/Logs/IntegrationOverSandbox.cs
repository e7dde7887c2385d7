using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Axcelerate.HubSpot.Tests.Logs;

/// <summary>
/// The whole integration registered through <c>AddHubSpotIntegration</c> with the in-memory store, both clients
/// pointed at a running sandbox (HubSpot and aXcelerate on loopback) over real HTTP.
/// </summary>
internal sealed class IntegrationOverSandbox : IAsyncDisposable
{
    private IntegrationOverSandbox(IntegrationSandbox sandbox, ServiceProvider services)
    {
        Sandbox = sandbox;
        Services = services;
    }

    public IntegrationSandbox Sandbox { get; }

    public ServiceProvider Services { get; }

    public IHubSpotClient HubSpot => Services.GetRequiredService<IHubSpotClient>();

    public IAxcelerateClient Axcelerate => Services.GetRequiredService<IAxcelerateClient>();

    public IOutgoingLogStore OutgoingLog => Services.GetRequiredService<IOutgoingLogStore>();

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public static async Task<IntegrationOverSandbox> StartAsync(Action<HubSpotIntegrationOptions, IntegrationSandbox>? configure = null, Action<IServiceCollection>? services = null)
    {
        var sandbox = await IntegrationSandbox.StartAsync(new IntegrationSandboxOptions());
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        collection.AddFakeLogging();
        collection.AddHubSpotIntegration(o =>
        {
            o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
            o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
            o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
            o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
            o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
            o.Axcelerate.TimeZone = "Australia/Brisbane";
            o.Axcelerate.RequestsPerSecond = 1000;
            configure?.Invoke(o, sandbox);
        }).UseInMemoryStore();
        services?.Invoke(collection);
        return new IntegrationOverSandbox(sandbox, collection.BuildServiceProvider());
    }

    public async Task<IReadOnlyList<OutgoingLogEntry>> EntriesAsync() =>
        (await OutgoingLog.QueryOutgoingAsync(new OutgoingLogQuery { PageSize = 1000 })).Items;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
