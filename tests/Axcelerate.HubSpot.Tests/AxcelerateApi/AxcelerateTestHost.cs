using Axcelerate.HubSpot.AxcelerateApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

/// <summary>
/// The aXcelerate client built through the real <c>AddHubSpotIntegration</c> registration, with only the primary
/// HTTP handler replaced by a <see cref="RecordingHandler"/>, a fake clock and captured logs.
/// </summary>
internal sealed class AxcelerateTestHost : IDisposable
{
    public const string ApiToken = "api-TOKEN-9f8e7d6c";
    public const string WsToken = "ws-TOKEN-1a2b3c4d";
    public const string DefaultBaseUrl = "https://college.app.axcelerate.com/api";

    private AxcelerateTestHost(ServiceProvider services, RecordingHandler http, FakeTimeProvider time)
    {
        Services = services;
        Http = http;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public RecordingHandler Http { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public IAxcelerateClient Client => Services.GetRequiredService<IAxcelerateClient>();

    public static AxcelerateTestHost Create(Action<AxcelerateOptions>? configure = null, string baseUrl = DefaultBaseUrl)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var http = new RecordingHandler(time);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        var builder = services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = "pat-test";
            o.Axcelerate.BaseUrl = new Uri(baseUrl);
            o.Axcelerate.ApiToken = ApiToken;
            o.Axcelerate.WsToken = WsToken;
            o.Axcelerate.RequestsPerSecond = 1000;
            configure?.Invoke(o.Axcelerate);
        });
        builder.AxcelerateHttpClient.ConfigurePrimaryHttpMessageHandler(() => http);
        return new AxcelerateTestHost(services.BuildServiceProvider(), http, time);
    }

    public void Dispose() => Services.Dispose();
}
