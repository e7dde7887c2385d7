using Axcelerate.HubSpot.HubSpotApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

/// <summary>
/// The HubSpot client through the real <c>AddHubSpotIntegration</c> registration, configured from an in-memory
/// configuration, with only the primary HTTP handler replaced by <see cref="StubHubSpot"/>, a fake clock and a
/// capturing logger.
/// </summary>
public sealed class HubSpotTestServices : IDisposable
{
    public const string AccessToken = "pat-na1-SECRET-static-token-0001";
    public const string ClientSecret = "client-SECRET-0002";

    private HubSpotTestServices(ServiceProvider provider, StubHubSpot stub, FakeTimeProvider time, FakeLoggerProvider logs, IServiceCollection services)
    {
        Provider = provider;
        Stub = stub;
        Time = time;
        Logs = logs;
        Services = services;
    }

    public ServiceProvider Provider { get; }

    public StubHubSpot Stub { get; }

    public FakeTimeProvider Time { get; }

    public FakeLoggerProvider Logs { get; }

    public IServiceCollection Services { get; }

    public IHubSpotClient Client => Provider.GetRequiredService<IHubSpotClient>();

    /// <summary>The settings every test starts from: a static token and valid settings for both halves.</summary>
    public static Dictionary<string, string?> BaseSettings(string apiVersion = "2026-03") => new()
    {
        ["HubSpotIntegration:HubSpot:BaseUrl"] = "https://hubspot.test",
        ["HubSpotIntegration:HubSpot:AccessToken"] = AccessToken,
        ["HubSpotIntegration:HubSpot:ApiVersion"] = apiVersion,
        ["HubSpotIntegration:HubSpot:SearchRequestsPerSecond"] = "10000",
        ["HubSpotIntegration:HubSpot:Tier"] = "ApiLimitIncrease",
        ["HubSpotIntegration:Axcelerate:BaseUrl"] = "http://127.0.0.1:1/api",
        ["HubSpotIntegration:Axcelerate:ApiToken"] = "axc-api-token",
        ["HubSpotIntegration:Axcelerate:WsToken"] = "axc-ws-token",
    };

    public static Dictionary<string, string?> OAuthSettings(string apiVersion = "2026-03")
    {
        var settings = BaseSettings(apiVersion);
        settings.Remove("HubSpotIntegration:HubSpot:AccessToken");
        settings["HubSpotIntegration:HubSpot:ClientId"] = "client-id-123";
        settings["HubSpotIntegration:HubSpot:ClientSecret"] = ClientSecret;
        settings["HubSpotIntegration:HubSpot:RedirectUri"] = "https://host.test/hubspot/callback";
        settings["HubSpotIntegration:HubSpot:Scopes:0"] = "crm.objects.contacts.read";
        settings["HubSpotIntegration:HubSpot:Scopes:1"] = "crm.objects.contacts.write";
        return settings;
    }

    public static HubSpotTestServices Create(Dictionary<string, string?>? settings = null, int registrations = 1, Action<IServiceCollection>? before = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
        var stub = new StubHubSpot(time);
        var logs = new FakeLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? BaseSettings()).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<TimeProvider>(time);
        before?.Invoke(services);
        for (var i = 0; i < registrations; i++)
        {
            var builder = services.AddHubSpotIntegration(configuration);
            builder.HubSpotHttpClient.ConfigurePrimaryHttpMessageHandler(() => stub);
        }

        return new HubSpotTestServices(services.BuildServiceProvider(), stub, time, logs, services);
    }

    /// <summary>Every log line and logged exception so far, as text.</summary>
    public string AllLogText() => string.Join('\n', Logs.Collector.GetSnapshot().Select(r => r.Message + " " + r.Exception));

    public void Dispose() => Provider.Dispose();
}
