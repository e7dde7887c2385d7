using Axcelerate.HubSpot.Testing.Axcelerate;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.Hosting;
using Axcelerate.HubSpot.Testing.HubSpot;

namespace Axcelerate.HubSpot.Testing;

/// <summary>
/// HubSpot and aXcelerate emulators served over real HTTP on 127.0.0.1, each on its own free port, seeded with
/// deterministic demo data. Dispose it to stop both servers.
/// </summary>
/// <example>
/// <code>
/// await using var sandbox = await IntegrationSandbox.StartAsync(new IntegrationSandboxOptions { DemoData = new() });
/// services.AddHubSpotIntegration(o =>
/// {
///     o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
///     o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
/// });
/// </code>
/// </example>
public sealed class IntegrationSandbox : IAsyncDisposable
{
    private readonly SandboxHost _hubSpotHost;
    private readonly SandboxHost _axcelerateHost;

    private IntegrationSandbox(HubSpotSandbox hubSpot, AxcelerateSandbox axcelerate, SandboxHost hubSpotHost, SandboxHost axcelerateHost, DemoDataSet? demoData)
    {
        HubSpot = hubSpot;
        Axcelerate = axcelerate;
        _hubSpotHost = hubSpotHost;
        _axcelerateHost = axcelerateHost;
        DemoData = demoData;
    }

    /// <summary>The emulated HubSpot portal.</summary>
    public HubSpotSandbox HubSpot { get; }

    /// <summary>The emulated aXcelerate account.</summary>
    public AxcelerateSandbox Axcelerate { get; }

    /// <summary>The demo data both systems were seeded with, or null when they started empty.</summary>
    public DemoDataSet? DemoData { get; }

    /// <summary>Starts both servers.</summary>
    /// <param name="options">Ports, credentials, demo data and clock; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox.</returns>
    public static async Task<IntegrationSandbox> StartAsync(IntegrationSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new IntegrationSandboxOptions();
        var demoData = options.DemoData is null ? null : DemoDataGenerator.Generate(options.DemoData);
        var hubSpot = new HubSpotSandbox(options.HubSpot, demoData, options.TimeProvider);
        var axcelerate = new AxcelerateSandbox(options.Axcelerate, demoData, options.TimeProvider);

        var hubSpotHost = await SandboxHost.StartAsync(hubSpot, options.HubSpot.Port, options.TimeProvider, options.LoggerFactory, cancellationToken).ConfigureAwait(false);
        SandboxHost axcelerateHost;
        try
        {
            axcelerateHost = await SandboxHost.StartAsync(axcelerate, options.Axcelerate.Port, options.TimeProvider, options.LoggerFactory, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await hubSpotHost.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        hubSpot.Attach(hubSpotHost);
        axcelerate.Attach(axcelerateHost);
        return new IntegrationSandbox(hubSpot, axcelerate, hubSpotHost, axcelerateHost, demoData);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        HubSpot.Shutdown();
        await _hubSpotHost.DisposeAsync().ConfigureAwait(false);
        await _axcelerateHost.DisposeAsync().ConfigureAwait(false);
    }
}
