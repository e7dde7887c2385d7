using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>A sandbox and the real IHubSpotClient registered through AddHubSpotIntegration, pointed at it.</summary>
internal sealed class SandboxHubSpotClient : IAsyncDisposable
{
    private SandboxHubSpotClient(IntegrationSandbox sandbox, ServiceProvider provider)
    {
        Sandbox = sandbox;
        Provider = provider;
    }

    public IntegrationSandbox Sandbox { get; }

    public ServiceProvider Provider { get; }

    public IHubSpotClient Client => Provider.GetRequiredService<IHubSpotClient>();

    public static async Task<SandboxHubSpotClient> StartAsync(
        Action<IntegrationSandboxOptions>? configureSandbox = null,
        Action<HubSpotOptions>? configureClient = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var options = new IntegrationSandboxOptions();
        configureSandbox?.Invoke(options);
        var sandbox = await IntegrationSandbox.StartAsync(options);
        var services = new ServiceCollection();
        services.AddLogging();
        configureServices?.Invoke(services);
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
            o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
            o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
            o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
            o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
            configureClient?.Invoke(o.HubSpot);
        });
        return new SandboxHubSpotClient(sandbox, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
