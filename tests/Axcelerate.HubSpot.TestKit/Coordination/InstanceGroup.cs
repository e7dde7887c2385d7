using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.TestKit.Coordination;

/// <summary>
/// Several host instances in one test process, as behind a load balancer: one strict sandbox, and per instance its own
/// DI container registered through the real <c>AddHubSpotIntegration</c> with its own store object on the shared
/// database (the factory decides: a new SQLite store on one file, or the same in-memory store). Everything (sandbox,
/// clients, stores) runs on one fake <see cref="Clock"/>.
/// </summary>
public sealed class InstanceGroup : IAsyncDisposable
{
    private readonly List<ServiceProvider?> _instances = [];
    private readonly Func<TimeProvider, IIntegrationStore> _store;
    private readonly Action<HubSpotIntegrationOptions>? _integration;
    private readonly Action<HubSpotIntegrationBuilder>? _builder;
    private readonly Action<IServiceCollection>? _services;

    private InstanceGroup(SandboxHost host, FakeTimeProvider clock, Func<TimeProvider, IIntegrationStore> store, Action<HubSpotIntegrationOptions>? integration, Action<HubSpotIntegrationBuilder>? builder, Action<IServiceCollection>? services)
    {
        _services = services;
        Host = host;
        Clock = clock;
        _store = store;
        _integration = integration;
        _builder = builder;
    }

    /// <summary>The sandbox host (its own services use an in-memory store of their own; use them only to reach the sandbox).</summary>
    public SandboxHost Host { get; }

    /// <summary>The sandbox's (and every instance's) clock.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The sandbox.</summary>
    public IntegrationSandbox Sandbox => Host.Sandbox;

    /// <summary>The instances started so far (a killed one stays at its index).</summary>
    public int Count => _instances.Count;

    /// <summary>An instance's services.</summary>
    public IServiceProvider this[int index] => _instances[index] ?? throw new InvalidOperationException($"Instance {index} was killed.");

    /// <summary>Starts the sandbox and <paramref name="count"/> instances.</summary>
    /// <param name="count">How many instances.</param>
    /// <param name="store">Makes an instance's store on the shared database (called once per instance).</param>
    /// <param name="sandbox">Changes the sandbox's options (a test that relaxes a strict default says why).</param>
    /// <param name="integration">Changes every instance's options after the host's defaults.</param>
    /// <param name="builder">Configures every instance's builder (e.g. the webhook processor).</param>
    /// <param name="services">Adds services to every instance before <c>AddHubSpotIntegration</c> (e.g. fake logging).</param>
    public static async Task<InstanceGroup> StartAsync(
        int count,
        Func<TimeProvider, IIntegrationStore> store,
        Action<IntegrationSandboxOptions>? sandbox = null,
        Action<HubSpotIntegrationOptions>? integration = null,
        Action<HubSpotIntegrationBuilder>? builder = null,
        Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var host = await SandboxHost.StartAsync(
            sandbox: o =>
            {
                o.TimeProvider = clock;
                sandbox?.Invoke(o);
            },
            services: s => s.AddSingleton<TimeProvider>(clock));
        var group = new InstanceGroup(host, clock, store, integration, builder, services);
        for (var i = 0; i < count; i++)
        {
            group.AddInstance();
        }

        return group;
    }

    /// <summary>Starts one more instance on the shared store; returns its index.</summary>
    public int AddInstance(Action<HubSpotIntegrationOptions>? integration = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        _services?.Invoke(services);
        var registered = services.AddHubSpotIntegration(o =>
        {
            Host.PointAt(o);
            _integration?.Invoke(o);
            integration?.Invoke(o);
        });
        registered.UseStore(_ => _store(Clock));
        _builder?.Invoke(registered);
        _instances.Add(services.BuildServiceProvider());
        return _instances.Count - 1;
    }

    /// <summary>Resolves a service of an instance.</summary>
    public T Get<T>(int index)
        where T : notnull => this[index].GetRequiredService<T>();

    /// <summary>Kills an instance: its container is disposed mid-work, whatever it holds (claims, leases) is left to expire.</summary>
    public async ValueTask KillAsync(int index)
    {
        if (_instances[index] is { } instance)
        {
            _instances[index] = null;
            await instance.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _instances.Count; i++)
        {
            await KillAsync(i);
        }

        await Host.DisposeAsync();
    }
}
