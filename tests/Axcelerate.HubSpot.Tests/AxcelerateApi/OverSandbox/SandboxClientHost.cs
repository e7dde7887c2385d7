using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.DemoData;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi.OverSandbox;

/// <summary>The real <see cref="IAxcelerateClient"/>, registered through AddHubSpotIntegration, pointed at a running sandbox.</summary>
internal sealed class SandboxClientHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SandboxClientHost(IntegrationSandbox sandbox, ServiceProvider services)
    {
        Sandbox = sandbox;
        _services = services;
    }

    public IntegrationSandbox Sandbox { get; }

    public IAxcelerateClient Client => _services.GetRequiredService<IAxcelerateClient>();

    public static async Task<SandboxClientHost> StartAsync(DemoDataOptions? demoData = null, Action<IntegrationSandboxOptions>? configure = null, TimeProvider? clientClock = null, Action<AxcelerateOptions>? configureClient = null)
    {
        var options = new IntegrationSandboxOptions { DemoData = demoData };
        configure?.Invoke(options);
        var sandbox = await IntegrationSandbox.StartAsync(options);
        var services = new ServiceCollection();
        services.AddLogging();
        if (clientClock is not null)
        {
            services.AddSingleton(clientClock);
        }

        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
            o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
            o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
            o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
            o.Axcelerate.TimeZone = "Australia/Brisbane";
            o.Axcelerate.RequestsPerSecond = 1000;
            o.Axcelerate.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.Axcelerate.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            configureClient?.Invoke(o.Axcelerate);
        });
        return new SandboxClientHost(sandbox, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
