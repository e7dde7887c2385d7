using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Axcelerate.HubSpot.Tests.Users;

/// <summary>
/// The real <c>AddHubSpotIntegration</c> registration with an in-memory store, configured from an in-memory
/// configuration (also registered in the container), and only the primary HTTP handler of both clients replaced by
/// one <see cref="StubApiHandler"/>.
/// </summary>
internal sealed class AdministrationTestHost : IDisposable
{
    public const string HubSpotBase = "https://hubspot.test";
    public const string AxcelerateBase = "https://college.app.axcelerate.com/api";

    private AdministrationTestHost(ServiceProvider services, StubApiHandler http)
    {
        Services = services;
        Http = http;
    }

    public ServiceProvider Services { get; }

    public StubApiHandler Http { get; }

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static AdministrationTestHost Create(StubApiHandler http, Dictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:BaseUrl"] = HubSpotBase,
            ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-na1-test-token",
            ["HubSpotIntegration:HubSpot:SearchRequestsPerSecond"] = "10000",
            ["HubSpotIntegration:HubSpot:Tier"] = "ApiLimitIncrease",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = AxcelerateBase,
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "axc-api-token",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "axc-ws-token",
            ["HubSpotIntegration:Axcelerate:RequestsPerSecond"] = "1000",
        };
        foreach (var (key, value) in extraSettings ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddFakeLogging();
        var builder = services.AddHubSpotIntegration(configuration).UseInMemoryStore();
        builder.HubSpotHttpClient.ConfigurePrimaryHttpMessageHandler(() => http);
        builder.AxcelerateHttpClient.ConfigurePrimaryHttpMessageHandler(() => http);
        return new AdministrationTestHost(services.BuildServiceProvider(), http);
    }

    public void Dispose() => Services.Dispose();
}
