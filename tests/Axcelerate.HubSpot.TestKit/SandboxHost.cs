using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.TestKit;

/// <summary>
/// The one host for tests over real HTTP: a strict sandbox (both services on loopback) and the SDK registered through
/// the real <c>AddHubSpotIntegration</c> pointed at it, with the in-memory store. The sandbox runs on <see cref="Clock"/>
/// (a fake clock, so a test moves search lag and rate windows on itself); the clients wait on real time with short
/// retry delays unless a test gives them the fake clock too.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private SandboxHost(IntegrationSandbox sandbox, ServiceProvider services, FakeTimeProvider clock)
    {
        Sandbox = sandbox;
        Services = services;
        Clock = clock;
    }

    /// <summary>The sandbox (its <c>HubSpot</c> and <c>Axcelerate</c> halves, options and simulations).</summary>
    public IntegrationSandbox Sandbox { get; }

    /// <summary>The host's services, as <c>AddHubSpotIntegration</c> registered them.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The sandbox's clock.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The real HubSpot client.</summary>
    public IHubSpotClient HubSpot => Services.GetRequiredService<IHubSpotClient>();

    /// <summary>The real aXcelerate client.</summary>
    public IAxcelerateClient Axcelerate => Services.GetRequiredService<IAxcelerateClient>();

    /// <summary>Resolves a service.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts a sandbox with its production defaults and the SDK pointed at it.</summary>
    /// <param name="sandbox">Changes the sandbox's options (a test that relaxes a strict default says why).</param>
    /// <param name="integration">Changes the SDK's options after the host's defaults.</param>
    /// <param name="services">Adds or replaces services before <c>AddHubSpotIntegration</c> (e.g. a TimeProvider for the clients).</param>
    /// <param name="builder">Configures the builder <c>AddHubSpotIntegration</c> returned (e.g. its HTTP client builders, or another store).</param>
    public static async Task<SandboxHost> StartAsync(
        Action<IntegrationSandboxOptions>? sandbox = null,
        Action<HubSpotIntegrationOptions>? integration = null,
        Action<IServiceCollection>? services = null,
        Action<HubSpotIntegrationBuilder>? builder = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var options = new IntegrationSandboxOptions { TimeProvider = clock };
        SetSecrets(options);
        sandbox?.Invoke(options);
        var started = await IntegrationSandbox.StartAsync(options);
        var collection = new ServiceCollection();
        collection.AddLogging(Hardening.SuiteEvidence.AddTo); // the suite-wide secrets scan reads every record
        services?.Invoke(collection);
        var registered = collection.AddHubSpotIntegration(o =>
        {
            PointAt(started, o);
            integration?.Invoke(o);
        }).UseInMemoryStore();
        builder?.Invoke(registered);
        return new SandboxHost(started, collection.BuildServiceProvider(), clock);
    }

    /// <summary>
    /// Points the SDK's options at this host's sandbox with the host's defaults (short retry delays, the sandbox
    /// account's zone): for a second "process" registered afresh against the same sandbox, e.g. with a SQLite store.
    /// </summary>
    public void PointAt(HubSpotIntegrationOptions options) => PointAt(Sandbox, options);

    private static void PointAt(IntegrationSandbox sandbox, HubSpotIntegrationOptions o)
    {
        o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
        o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
        o.HubSpot.PortalId = sandbox.HubSpot.Options.PortalId; // for HubSpot UI addresses
        o.HubSpot.BaseDelay = TimeSpan.FromMilliseconds(1);
        o.HubSpot.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
        o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
        o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
        o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
        o.Axcelerate.TimeZone = "Australia/Brisbane"; // the sandbox account's zone (it writes local times in it)
        o.Axcelerate.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        o.Axcelerate.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
    }

    /// <summary>
    /// Starts a host whose SDK is the sandbox's OAuth app (no private-app token), with the clients on
    /// <paramref name="clock"/> too, and connects it the way a person's browser would (authorise, then exchange the code).
    /// </summary>
    /// <param name="clock">The clock of the sandbox and the clients.</param>
    /// <param name="sandbox">Changes the sandbox's options after the clock is set.</param>
    public static async Task<SandboxHost> StartConnectedOAuthAppAsync(FakeTimeProvider clock, Action<IntegrationSandboxOptions>? sandbox = null)
    {
        var host = await StartAsync(
            sandbox: o =>
            {
                o.TimeProvider = clock;
                sandbox?.Invoke(o);
            },
            integration: o =>
            {
                o.HubSpot.AccessToken = null;
                o.HubSpot.ClientId = "sandbox-client-id";
                o.HubSpot.ClientSecret = "sandbox-client-secret";
                o.HubSpot.RedirectUri = new Uri("https://app.example.com/callback");
                o.HubSpot.AuthorizationEndpoint = new Uri(o.HubSpot.BaseUrl, "oauth/authorize");
                o.HubSpot.Tier = HubSpotTier.Enterprise;
            },
            services: s => s.AddSingleton<TimeProvider>(clock));
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = await noRedirect.GetAsync(host.HubSpot.OAuth.GetAuthorizationUrl("state-1"));
        var code = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["code"]!;
        await host.HubSpot.OAuth.ExchangeCodeAsync(code);
        return host;
    }

    /// <summary>The log records so far, when the test added fake logging (<c>services: s => s.AddFakeLogging()</c>).</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>Moves the sandbox clock past HubSpot's search lag, so search sees every write so far.</summary>
    public void LetSearchCatchUp() => Clock.Advance(Sandbox.HubSpot.Options.SearchLag);

    // Distinctive values, so the suite-wide secrets scan can tell a leak from a coincidence.
    private static void SetSecrets(IntegrationSandboxOptions options)
    {
        options.HubSpot.AccessToken = Hardening.SuiteSecrets.HubSpotAccessToken;
        options.Axcelerate.ApiToken = Hardening.SuiteSecrets.AxcelerateApiToken;
        options.Axcelerate.WsToken = Hardening.SuiteSecrets.AxcelerateWsToken;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Hardening.SuiteEvidence.CollectOutgoingLogAsync(Services);
        await Services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
