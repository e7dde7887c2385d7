using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.TestKit.Http;

/// <summary>Which clients' primary handler a <see cref="StubHost"/> replaces.</summary>
[Flags]
public enum StubbedClients
{
    /// <summary>The HubSpot client.</summary>
    HubSpot = 1,

    /// <summary>The aXcelerate client.</summary>
    Axcelerate = 2,

    /// <summary>Both clients.</summary>
    Both = HubSpot | Axcelerate,
}

/// <summary>
/// The one host for stub-based tests (exact wire encoding, error parsing): the SDK registered through the real
/// <c>AddHubSpotIntegration</c>, with only the primary handler of the chosen clients replaced by one
/// <see cref="StubHandler"/>, captured logs, and (by default) a fake clock registered as the SDK's TimeProvider.
/// </summary>
public sealed class StubHost : IDisposable
{
    private StubHost(ServiceProvider services, IServiceCollection registrations, StubHandler http, FakeTimeProvider time)
    {
        Services = services;
        Registrations = registrations;
        Http = http;
        Time = time;
    }

    /// <summary>The built services.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The service collection the host was built from.</summary>
    public IServiceCollection Registrations { get; }

    /// <summary>The stub every request of the stubbed clients reaches.</summary>
    public StubHandler Http { get; }

    /// <summary>The fake clock (the SDK's TimeProvider unless the host was created with <c>fakeClock: false</c>).</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>Every log record so far.</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>The real HubSpot client.</summary>
    public IHubSpotClient HubSpot => Services.GetRequiredService<IHubSpotClient>();

    /// <summary>The real aXcelerate client.</summary>
    public IAxcelerateClient Axcelerate => Services.GetRequiredService<IAxcelerateClient>();

    /// <summary>Resolves a service.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Every log line and logged exception so far, as text.</summary>
    public string AllLogText() => string.Join('\n', Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception));

    /// <summary>Builds a host.</summary>
    /// <param name="register">Registers the SDK (calls <c>AddHubSpotIntegration</c>) and returns its builder.</param>
    /// <param name="stubbed">Which clients get the stub as their primary handler.</param>
    /// <param name="http">The stub to use (a new one on the host's clock when null).</param>
    /// <param name="now">Where the fake clock starts.</param>
    /// <param name="fakeClock">Whether to register the fake clock as the SDK's TimeProvider.</param>
    /// <param name="minimumLevel">The lowest log level captured.</param>
    /// <param name="services">Adds or replaces services before <paramref name="register"/>.</param>
    /// <param name="registrations">How many times to call <paramref name="register"/> (registration must be idempotent).</param>
    public static StubHost Create(
        Func<IServiceCollection, HubSpotIntegrationBuilder> register,
        StubbedClients stubbed = StubbedClients.Both,
        StubHandler? http = null,
        DateTimeOffset? now = null,
        bool fakeClock = true,
        LogLevel minimumLevel = LogLevel.Trace,
        Action<IServiceCollection>? services = null,
        int registrations = 1)
    {
        ArgumentNullException.ThrowIfNull(register);
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var stub = http ?? new StubHandler(time);
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(minimumLevel));
        collection.AddLogging(Hardening.SuiteEvidence.AddTo); // the suite-wide secrets scan reads every record
        collection.AddFakeLogging();
        if (fakeClock)
        {
            collection.AddSingleton<TimeProvider>(time);
        }

        services?.Invoke(collection);
        for (var i = 0; i < registrations; i++)
        {
            var builder = register(collection);
            if (stubbed.HasFlag(StubbedClients.HubSpot))
            {
                builder.HubSpotHttpClient.ConfigurePrimaryHttpMessageHandler(() => stub);
            }

            if (stubbed.HasFlag(StubbedClients.Axcelerate))
            {
                builder.AxcelerateHttpClient.ConfigurePrimaryHttpMessageHandler(() => stub);
            }
        }

        return new StubHost(collection.BuildServiceProvider(), collection, stub, time);
    }

    /// <inheritdoc/>
    public void Dispose() => Services.Dispose();
}
