using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>
/// The real IHubSpotClient (AddHubSpotIntegration) over HTTP against a sandbox with its production defaults, the
/// sandbox on a fake clock so a test can let the search index catch up.
/// </summary>
internal sealed class HubSpotStrictSandboxHost : IAsyncDisposable
{
    private HubSpotStrictSandboxHost(IntegrationSandbox sandbox, ServiceProvider provider, FakeTimeProvider clock)
    {
        Sandbox = sandbox;
        Provider = provider;
        Clock = clock;
    }

    public IntegrationSandbox Sandbox { get; }

    public ServiceProvider Provider { get; }

    public FakeTimeProvider Clock { get; }

    public IHubSpotClient Client => Provider.GetRequiredService<IHubSpotClient>();

    public static async Task<HubSpotStrictSandboxHost> StartAsync(Action<IntegrationSandboxOptions>? configure = null, Action<HubSpotOptions>? client = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var options = new IntegrationSandboxOptions { TimeProvider = clock };

        // Opt-out of rate limits only: the sandbox's clock stands still between the test's own steps, so its rolling
        // windows would never reopen during a 60-page enumeration. Every other strict default stays on; rate limits are
        // proven on their own in HubSpotRateLimitsOverSandboxTests.
        options.HubSpot.WithoutRateLimits();
        configure?.Invoke(options);
        var sandbox = await IntegrationSandbox.StartAsync(options);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
            o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
            o.HubSpot.Tier = HubSpotTier.ApiLimitIncrease;
            o.HubSpot.SearchRequestsPerSecond = 1000; // the sandbox's limits are off above; don't spend wall-clock time
            o.HubSpot.BaseDelay = TimeSpan.FromMilliseconds(1);
            o.HubSpot.MaxRetryDelay = TimeSpan.FromMilliseconds(20);
            o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
            o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
            o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
            client?.Invoke(o.HubSpot);
        });
        return new HubSpotStrictSandboxHost(sandbox, services.BuildServiceProvider(), clock);
    }

    /// <summary>Creates contacts directly in the sandbox (email <c>c{n}@example.com</c>) and lets search catch up.</summary>
    public IReadOnlyList<string> SeedContacts(int count)
    {
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add(Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = $"c{i}@example.com" }).Id);
        }

        LetSearchCatchUp();
        return ids;
    }

    /// <summary>Moves the sandbox clock past the search lag, so search sees every write so far.</summary>
    public void LetSearchCatchUp() => Clock.Advance(Sandbox.HubSpot.Options.SearchLag);

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
