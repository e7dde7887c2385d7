using System.Globalization;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// One end-to-end run: the in-process sandbox (both services on loopback, with the limits a scenario sets) and the SDK
/// registered through the real <c>AddHubSpotIntegration</c> with a SQLite store in a temp file, configured as a user
/// would for that account (HubSpot tier, aXcelerate throttle at the account's quota).
/// </summary>
internal sealed class E2EEnvironment : IAsyncDisposable
{
    private readonly ILoggerFactory _sandboxLogging;

    private E2EEnvironment(IntegrationSandbox sandbox, ServiceProvider services, string databasePath, StatusCounter statuses, ILoggerFactory sandboxLogging)
    {
        Sandbox = sandbox;
        Services = services;
        DatabasePath = databasePath;
        Statuses = statuses;
        _sandboxLogging = sandboxLogging;
    }

    public IntegrationSandbox Sandbox { get; }

    public ServiceProvider Services { get; }

    public string DatabasePath { get; }

    /// <summary>The sandbox servers' answers by status.</summary>
    public StatusCounter Statuses { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Requests HubSpot's sandbox received (429s included).</summary>
    public int HubSpotCalls => Sandbox.HubSpot.Journal.Entries.Count;

    /// <summary>Requests aXcelerate's sandbox received (429s included).</summary>
    public int AxcelerateCalls => Sandbox.Axcelerate.Journal.Entries.Count;

    /// <summary>429s both sandboxes answered.</summary>
    public int TooManyRequests => Statuses.Count(Sandbox.HubSpot.RootAddress, 429) + Statuses.Count(Sandbox.Axcelerate.RootAddress, 429);

    public void ClearCounts()
    {
        Sandbox.HubSpot.Journal.Clear();
        Sandbox.Axcelerate.Journal.Clear();
        Statuses.Clear();
    }

    /// <summary>aXcelerate requests per second the sandbox allows, or null without a limit.</summary>
    public static double? AxcelerateRate(IntegrationSandboxOptions options) =>
        options.Axcelerate.RateLimitPerWindow is { } limit ? limit / options.Axcelerate.RateLimitWindow.TotalSeconds : null;

    /// <summary>HubSpot (non-search) requests per second the sandbox allows, or null without a limit.</summary>
    public static double? HubSpotRate(IntegrationSandboxOptions options) =>
        options.HubSpot.TenSecondlyLimit is { } limit ? limit / 10.0 : null;

    /// <summary>Limits on: a Professional HubSpot portal, aXcelerate at the given quota per minute with 20 ms latency.</summary>
    public static IntegrationSandboxOptions LimitedSandbox(int axceleratePerMinute, int latencyMilliseconds = 20)
    {
        var options = new IntegrationSandboxOptions();
        options.HubSpot.UseProfessionalLimits();
        options.Axcelerate.RateLimitPerWindow = axceleratePerMinute;
        options.Axcelerate.RateLimitWindow = TimeSpan.FromMinutes(1);
        options.Axcelerate.Latency = TimeSpan.FromMilliseconds(latencyMilliseconds);
        return options;
    }

    public static async Task<E2EEnvironment> StartAsync(
        IntegrationSandboxOptions sandboxOptions,
        Action<HubSpotIntegrationOptions>? integration = null,
        Action<IServiceCollection>? services = null,
        CancellationToken cancellationToken = default)
    {
        var statuses = new StatusCounter();
        var sandboxLogging = LoggerFactory.Create(b => b.AddProvider(statuses).SetMinimumLevel(LogLevel.Information));
        sandboxOptions.LoggerFactory = sandboxLogging;
        var sandbox = await IntegrationSandbox.StartAsync(sandboxOptions, cancellationToken);
        var path = Path.Combine(Path.GetTempPath(), $"axcelerate-hubspot-bench-{Guid.NewGuid():N}.db");
        return new E2EEnvironment(sandbox, Register(sandbox, sandboxOptions, path, integration, services), path, statuses, sandboxLogging)
        {
            _options = sandboxOptions,
        };
    }

    private IntegrationSandboxOptions _options = new();

    /// <summary>Another registration of the SDK (as a second process would have) on the same sandbox and SQLite file.</summary>
    public Task<ServiceProvider> SecondRegistrationAsync(Action<HubSpotIntegrationOptions>? integration = null) =>
        Task.FromResult(Register(Sandbox, _options, DatabasePath, integration, services: null));

    private static ServiceProvider Register(IntegrationSandbox sandbox, IntegrationSandboxOptions sandboxOptions, string path, Action<HubSpotIntegrationOptions>? integration, Action<IServiceCollection>? services)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        services?.Invoke(collection);
        collection.AddHubSpotIntegration(o =>
        {
            Configure(o, sandbox, sandboxOptions);
            integration?.Invoke(o);
        }).UseSqliteStore($"Data Source={path}");
        return collection.BuildServiceProvider();
    }

    /// <summary>The SDK's options for this sandbox, as a deployment against such an account would set them.</summary>
    public static void Configure(HubSpotIntegrationOptions o, IntegrationSandbox sandbox, IntegrationSandboxOptions sandboxOptions)
    {
        o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
        o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
        o.HubSpot.PortalId = sandbox.HubSpot.Options.PortalId;
        o.HubSpot.ClientSecret = sandbox.HubSpot.Options.OAuthClientSecret; // signs the sandbox's webhooks
        o.HubSpot.AppId = sandbox.HubSpot.Options.AppId; // marks this integration's own writes (echoes)
        o.HubSpot.Tier = sandboxOptions.HubSpot.TenSecondlyLimit is >= 190 ? HubSpotTier.Professional : HubSpotTier.Free;
        o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
        o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
        o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
        o.Axcelerate.TimeZone = "Australia/Brisbane"; // the sandbox account's zone
        // The client throttle set to the account's quota, as a deployment would configure it.
        o.Axcelerate.RequestsPerSecond = AxcelerateRate(sandboxOptions) ?? 1000;
        if (sandboxOptions.HubSpot.SearchPerSecondLimit is null)
        {
            o.HubSpot.SearchRequestsPerSecond = 1000;
        }

        o.Users.WebServiceUserContactId = sandbox.Axcelerate.WebServiceContactId;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Sandbox.DisposeAsync();
        _sandboxLogging.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // a leftover temp file is harmless
            }
        }
    }

    public static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "x";
}
