using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.DemoData;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Sample;

/// <summary>
/// The services the demo talks to: the in-process sandbox with demo data when nothing is configured, otherwise the
/// HubSpot and aXcelerate accounts named by the <c>HubSpotIntegration</c> keys.
/// </summary>
internal sealed class SampleEnvironment : IAsyncDisposable
{
    /// <summary>The keys that switch the sample from the sandbox to configured services.</summary>
    public static readonly IReadOnlyList<string> ConfiguredKeys =
    [
        "HubSpotIntegration:HubSpot:BaseUrl",
        "HubSpotIntegration:HubSpot:AccessToken",
        "HubSpotIntegration:Axcelerate:BaseUrl",
        "HubSpotIntegration:Axcelerate:ApiToken",
        "HubSpotIntegration:Axcelerate:WsToken",
    ];

    private readonly string? _temporaryDatabase;
    private readonly Action<IServiceCollection> _register;

    private SampleEnvironment((ServiceProvider Services, Action<IServiceCollection> Register) built, IntegrationSandbox? sandbox, string storeDescription, string? temporaryDatabase)
    {
        (Services, _register) = built;
        Sandbox = sandbox;
        StoreDescription = storeDescription;
        _temporaryDatabase = temporaryDatabase;
    }

    /// <summary>The container holding the integration, registered through <c>AddHubSpotIntegration</c>.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The in-process sandbox, or null when configured services are used.</summary>
    public IntegrationSandbox? Sandbox { get; }

    /// <summary>
    /// Registers the same integration (configuration and store file) in another container, such as a web app hosting
    /// the webhook endpoint beside the demo.
    /// </summary>
    /// <param name="services">The other container's services.</param>
    public void AddIntegrationTo(IServiceCollection services) => _register(services);

    /// <summary>The integration's options as bound (print only addresses from them, never tokens).</summary>
    public HubSpotIntegrationOptions Options => Services.GetRequiredService<IOptions<HubSpotIntegrationOptions>>().Value;

    /// <summary>Where links and mappings are kept, for the header.</summary>
    public string StoreDescription { get; }

    /// <summary>The default store file of the commands: <c>axcelerate-hubspot.db</c> beside the program.</summary>
    public static string DefaultStorePath => Path.Combine(AppContext.BaseDirectory, "axcelerate-hubspot.db");

    /// <summary>
    /// The configured services for a command: never the sandbox. Throws <see cref="MissingSettingException"/> naming
    /// the first setting a command needs that is not set.
    /// </summary>
    /// <param name="configuration">The configuration; environment variables and appsettings.json when null.</param>
    /// <param name="storePath">The SQLite file that keeps links, mappings and import checkpoints.</param>
    /// <returns>The environment.</returns>
    public static SampleEnvironment CreateConfigured(IConfiguration? configuration, string storePath)
    {
        configuration ??= ReadConfiguration();
        if (string.IsNullOrWhiteSpace(configuration["HubSpotIntegration:HubSpot:AccessToken"])
            && string.IsNullOrWhiteSpace(configuration["HubSpotIntegration:HubSpot:ClientId"]))
        {
            throw new MissingSettingException("HubSpotIntegration:HubSpot:AccessToken");
        }

        foreach (var key in (string[])["HubSpotIntegration:Axcelerate:BaseUrl", "HubSpotIntegration:Axcelerate:ApiToken", "HubSpotIntegration:Axcelerate:WsToken"])
        {
            if (string.IsNullOrWhiteSpace(configuration[key]))
            {
                throw new MissingSettingException(key);
            }
        }

        var path = Path.GetFullPath(storePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SampleEnvironment(Build(configuration, path), sandbox: null, $"SQLite file {path}", temporaryDatabase: null);
    }

    /// <summary>
    /// The configured HubSpot OAuth app for the <c>oauth</c> commands: needs the client id and redirect URI (and the
    /// client secret to exchange a code) instead of a token, and the aXcelerate settings every command needs (the
    /// integration's options are validated as one). Throws <see cref="MissingSettingException"/>.
    /// </summary>
    /// <param name="configuration">The configuration; environment variables and appsettings.json when null.</param>
    /// <param name="storePath">The SQLite file the grant is kept in.</param>
    /// <param name="needsSecret">Whether the step needs the client secret (the code exchange does).</param>
    /// <returns>The environment.</returns>
    public static SampleEnvironment CreateForOAuth(IConfiguration? configuration, string storePath, bool needsSecret)
    {
        configuration ??= ReadConfiguration();
        var required = needsSecret
            ? new[] { "HubSpotIntegration:HubSpot:ClientId", "HubSpotIntegration:HubSpot:ClientSecret", "HubSpotIntegration:HubSpot:RedirectUri" }
            : new[] { "HubSpotIntegration:HubSpot:ClientId", "HubSpotIntegration:HubSpot:RedirectUri" };
        foreach (var key in required.Concat(["HubSpotIntegration:Axcelerate:BaseUrl", "HubSpotIntegration:Axcelerate:ApiToken", "HubSpotIntegration:Axcelerate:WsToken"]))
        {
            if (string.IsNullOrWhiteSpace(configuration[key]))
            {
                throw new MissingSettingException(key);
            }
        }

        var path = Path.GetFullPath(storePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SampleEnvironment(Build(configuration, path), sandbox: null, $"SQLite file {path}", temporaryDatabase: null);
    }

    /// <summary>Reads the configuration and starts the sandbox when it names no services.</summary>
    /// <param name="sandboxOptions">Sandbox options for the default run; demo data when null.</param>
    /// <param name="configuration">The configuration to use; environment variables and appsettings.json when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The environment; dispose it to stop the sandbox.</returns>
    public static async Task<SampleEnvironment> CreateAsync(
        IntegrationSandboxOptions? sandboxOptions = null,
        IConfiguration? configuration = null,
        CancellationToken cancellationToken = default)
    {
        configuration ??= ReadConfiguration();

        if (ConfiguredKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key])))
        {
            // Configured services: a store file beside the program keeps links and mappings between runs.
            var path = DefaultStorePath;
            return new SampleEnvironment(Build(configuration, path), sandbox: null, $"SQLite file {path}", temporaryDatabase: null);
        }

        var sandbox = await IntegrationSandbox.StartAsync(
            sandboxOptions ?? new IntegrationSandboxOptions { DemoData = new DemoDataOptions() },
            cancellationToken).ConfigureAwait(false);
        try
        {
            var sandboxConfiguration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["HubSpotIntegration:HubSpot:BaseUrl"] = sandbox.HubSpot.BaseAddress.ToString(),
                    ["HubSpotIntegration:HubSpot:AccessToken"] = sandbox.HubSpot.Options.AccessToken,
                    // The sandbox's app (behind the token) signs its webhooks with the client secret and stamps this
                    // integration's writes with its app id, which is how echoes of our own writes are recognised.
                    ["HubSpotIntegration:HubSpot:ClientSecret"] = sandbox.HubSpot.Options.OAuthClientSecret,
                    ["HubSpotIntegration:HubSpot:AppId"] = sandbox.HubSpot.Options.AppId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["HubSpotIntegration:HubSpot:PortalId"] = sandbox.HubSpot.Options.PortalId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["HubSpotIntegration:Axcelerate:BaseUrl"] = sandbox.Axcelerate.BaseAddress.ToString(),
                    ["HubSpotIntegration:Axcelerate:ApiToken"] = sandbox.Axcelerate.Options.ApiToken,
                    ["HubSpotIntegration:Axcelerate:WsToken"] = sandbox.Axcelerate.Options.WsToken,
                    ["HubSpotIntegration:Axcelerate:TimeZone"] = "Australia/Brisbane",
                    // The client throttles aXcelerate to 10 requests a second to spare a real account; the in-process
                    // sandbox sets no aXcelerate quota, so the demo's import (about 400 aXcelerate calls) may go faster
                    // and the run stays well under a minute. HubSpot's limits stay as strict as production.
                    ["HubSpotIntegration:Axcelerate:RequestsPerSecond"] = "40",
                    ["HubSpotIntegration:Users:WebServiceUserContactId"] = sandbox.Axcelerate.WebServiceContactId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                })
                .Build();

            // A fresh SQLite file rather than the in-memory store: the demo then exercises the same store a real
            // deployment uses (schema creation included), and nothing from an earlier run leaks into this one.
            var path = Path.Combine(Path.GetTempPath(), $"axcelerate-hubspot-sample-{Guid.NewGuid():N}.db");
            return new SampleEnvironment(Build(sandboxConfiguration, path), sandbox, $"SQLite temp file {path} (deleted on exit)", path);
        }
        catch
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync().ConfigureAwait(false);
        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync().ConfigureAwait(false);
        }

        if (_temporaryDatabase is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _temporaryDatabase, _temporaryDatabase + "-wal", _temporaryDatabase + "-shm" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // A leftover temp file is harmless; the OS cleans its temp folder.
                }
            }
        }
    }

    private static IConfiguration ReadConfiguration() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

    private static (ServiceProvider, Action<IServiceCollection>) Build(IConfiguration configuration, string databasePath)
    {
        void Register(IServiceCollection services) => services.AddHubSpotIntegration(configuration).UseSqliteStore($"Data Source={databasePath}");
        var services = new ServiceCollection();
        services.AddLogging(); // no providers: the demo shows tables, not log lines
        Register(services);
        return (services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), Register);
    }
}
