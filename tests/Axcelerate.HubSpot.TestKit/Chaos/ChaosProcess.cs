using Axcelerate.HubSpot.TestKit.Http;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.TestKit.Chaos;

/// <summary>
/// One run of the host: the SDK registered through the real <c>AddHubSpotIntegration</c> with the SQLite store in the
/// run's file, the contact poller, and the real <c>MapHubSpotWebhooks</c> and <c>MapAxcelerateWebhooks</c> endpoints on
/// the run's fixed port (so both senders' subscriptions stay valid across restarts), behind the run's delivery faults.
/// Stopping it drops everything but the SQLite file. The SDK lives in its own provider (not the web app's), so none of
/// its hosted services runs: the run drives the poller and the processor itself, step by step.
/// </summary>
internal sealed class ChaosProcess : IAsyncDisposable
{
    /// <summary>The app id the sandbox stamps on the SDK's writes (changeSource INTEGRATION), which the SDK is told it has.</summary>
    public const long AppId = 1_160_452;

    /// <summary>The app's client secret, with which the sandbox signs its deliveries.</summary>
    public const string SigningSecret = "chaos-app-client-secret";

    /// <summary>The private key aXcelerate signs its deliveries with.</summary>
    public const string AxcelerateSigningKey = "chaos-axcelerate-private-key";

    public const string WebhookPath = "/hubspot/webhooks";

    public const string AxcelerateWebhookPath = "/axcelerate/webhooks";

    private readonly WebApplication _endpoint;

    private ChaosProcess(ServiceProvider services, WebApplication endpoint, int port)
    {
        Services = services;
        _endpoint = endpoint;
        Port = port;
    }

    public ServiceProvider Services { get; }

    /// <summary>The endpoint's port (the same for every process of a run).</summary>
    public int Port { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<ChaosProcess> StartAsync(IntegrationSandbox sandbox, TimeProvider time, string connectionString, KillSwitch kill, int port, TimeSpan requestTimeout, EndpointFaults? deliveryFaults)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(time);
        var builder = collection.AddHubSpotIntegration(o =>
        {
            o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
            o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
            o.HubSpot.PortalId = sandbox.HubSpot.Options.PortalId;
            o.HubSpot.AppId = AppId;
            // Every wait of the SDK moves the run's clock forward (ChaosClock); a lease renewed every 20 s would race it by
            // hours while the import runs. A day-long lease renewed every 12 hours keeps the renewal loop out of the way.
            o.Coordination.LeaseDuration = TimeSpan.FromDays(1);
            o.Coordination.LeaseRenewInterval = TimeSpan.FromHours(12);
            o.HubSpot.ClientSecret = SigningSecret;
            o.HubSpot.RequestTimeout = requestTimeout; // an injected timeout costs this much real time, not a hundred seconds
            o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
            o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
            o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
            o.Axcelerate.TimeZone = "Australia/Brisbane"; // the sandbox account's zone
            o.Axcelerate.AttemptTimeout = requestTimeout;
            o.Axcelerate.RequestsPerSecond = 500; // the sandbox sets no aXcelerate limit; real seconds are the run's cost
            o.AxcelerateWebhooks.SigningKey = AxcelerateSigningKey;
            o.WebhookProcessing.Lease = TimeSpan.FromMinutes(2);
            o.WebhookProcessing.FirstRetryDelay = TimeSpan.FromSeconds(30);
            o.WebhookProcessing.MaxRetryDelay = TimeSpan.FromMinutes(5);
        }).UseSqliteStore(connectionString).PollAxcelerateContacts();
        builder.HubSpotHttpClient.AddHttpMessageHandler(kill.CreateHandler);
        builder.AxcelerateHttpClient.AddHttpMessageHandler(kill.CreateHandler);
        var services = collection.BuildServiceProvider();

        try
        {
            var (app, address) = await LoopbackWebApp.StartAsync(
                web =>
                {
                    web.AddSingleton(services.GetRequiredService<IWebhookReceiver>());
                    web.AddSingleton(services.GetRequiredService<IAxcelerateWebhookReceiver>());
                    web.AddSingleton(services.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>());
                },
                app =>
                {
                    if (deliveryFaults is not null)
                    {
                        app.Use((context, next) => deliveryFaults.InvokeAsync(context, next, context.Request.Path.StartsWithSegments(AxcelerateWebhookPath, StringComparison.Ordinal) ? "aXcelerate" : "HubSpot"));
                    }

                    app.MapHubSpotWebhooks(WebhookPath);
                    app.MapAxcelerateWebhooks(AxcelerateWebhookPath);
                },
                port).ConfigureAwait(false);
            return new ChaosProcess(services, app, address.Port);
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _endpoint.StopAsync().ConfigureAwait(false);
        await _endpoint.DisposeAsync().ConfigureAwait(false);
        await Services.DisposeAsync().ConfigureAwait(false);
    }
}
