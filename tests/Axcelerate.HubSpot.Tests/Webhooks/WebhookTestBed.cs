using System.Globalization;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Webhooks;

/// <summary>
/// A strict sandbox whose HubSpot half delivers its signed webhook requests over real HTTP to the real ASP.NET Core
/// endpoint (<c>MapHubSpotWebhooks</c>, the SDK's receiver checking each v3 signature and logging the events in the
/// incoming log), and the SDK with the sandbox's clock, so leases, retry times and retention move with <see cref="Clock"/>.
/// </summary>
internal sealed class WebhookTestBed : IAsyncDisposable
{
    /// <summary>The app id the sandbox stamps on this SDK's API writes (changeSource INTEGRATION) and the SDK is told it has.</summary>
    public const long OurAppId = 1_160_452;

    /// <summary>The app's client secret, with which the sandbox signs its deliveries.</summary>
    public const string SigningSecret = "sandbox-app-client-secret";

    private readonly WebApplication _capture;

    private WebhookTestBed(SandboxHost host, WebApplication capture, FakeTimeProvider clock, List<(int Events, int New)> received)
    {
        Host = host;
        _capture = capture;
        Clock = clock;
        Received = received;
    }

    public SandboxHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public IWebhookProcessor Processor => Host.Get<IWebhookProcessor>();

    public IIncomingLog Log => Host.Get<IIncomingLog>();

    public IIncomingLogStore Store => Host.Get<IIncomingLogStore>();

    /// <summary>The SDK's options as the host configured them (for a second process over the same store).</summary>
    public void Configure(HubSpotIntegrationOptions o)
    {
        Host.PointAt(o);
        o.HubSpot.AppId = OurAppId;
        o.HubSpot.ClientSecret = SigningSecret;
        o.HubSpot.MaxRetries = 0;
        o.Axcelerate.MaxRetryAttempts = 0;
    }

    public IRecordLinkStore Links => Host.Get<IRecordLinkStore>();

    /// <summary>Every request the endpoint received, with how many events were new.</summary>
    public List<(int Events, int New)> Received { get; }

    /// <summary>
    /// Starts the sandbox and the SDK with every webhook flow on, subscribes the endpoint to contact, company
    /// and deal events (every property change), and delivers only when <see cref="DeliverAsync"/> is called.
    /// </summary>
    public static async Task<WebhookTestBed> StartAsync(
        Action<HubSpotWebhookOptions>? webhooks = null,
        Action<HubSpotIntegrationOptions>? integration = null,
        Action<IServiceCollection>? services = null,
        Action<HubSpotIntegrationBuilder>? builder = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var host = await SandboxHost.StartAsync(
            sandbox: o =>
            {
                o.TimeProvider = clock;
                o.HubSpot.AppId = OurAppId;
            },
            integration: o =>
            {
                o.HubSpot.AppId = OurAppId;
                o.HubSpot.ClientSecret = SigningSecret; // the secret the sandbox signs its deliveries with

                // The clients run on the fake clock too (the store's and the processor's time): no client-side retries to wait for.
                o.HubSpot.MaxRetries = 0;
                o.Axcelerate.MaxRetryAttempts = 0;
                o.WebhookProcessing.FirstRetryDelay = TimeSpan.FromMinutes(1);
                o.WebhookProcessing.MaxRetryDelay = TimeSpan.FromMinutes(10);
                integration?.Invoke(o);
            },
            services: s =>
            {
                s.AddSingleton<TimeProvider>(clock);
                services?.Invoke(s);
            },
            builder: builder);

        var received = new List<(int Events, int New)>();
        var bed = new WebhookTestBed(host, await StartCaptureAsync(host, received), clock, received);
        var options = new HubSpotWebhookOptions { AutoDeliverInterval = null, MaxRetries = 0 };
        foreach (var type in new[] { HubSpotObjectType.Contacts, HubSpotObjectType.Companies, HubSpotObjectType.Deals })
        {
            foreach (var record in HubSpotWebhookEvent.RecordEvents(type))
            {
                options.Events.Add(record);
            }

            options.Events.Add(HubSpotWebhookEvent.AnyPropertyChange(type)); // sandbox-only: every property, so tests need not list them
        }

        webhooks?.Invoke(options);
        host.Sandbox.HubSpot.SubscribeWebhooks(new Uri(bed._capture.Urls.First() + "/hubspot/webhooks"), SigningSecret, options);
        await host.Get<ISyncSettingsService>().SetAsync(Enum.GetValues<SyncFlow>().ToDictionary(f => f, _ => true));
        return bed;
    }

    /// <summary>
    /// Subscribes to contact creations only (HubSpot also sends a property change for every property a new record is
    /// created with): for tests that count entries.
    /// </summary>
    public static void ContactCreationsOnly(HubSpotWebhookOptions options)
    {
        options.Events.Clear();
        options.Events.Add(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts));
    }

    /// <summary>The creation entry among a new record's entries.</summary>
    public static IncomingLogEntry Creation(IEnumerable<IncomingLogEntry> entries) => entries.Single(e => e.SubscriptionType.EndsWith(".creation", StringComparison.Ordinal));

    /// <summary>Sends the sandbox's pending webhook requests to the endpoint, which checks and logs their events.</summary>
    public Task DeliverAsync() => Host.Sandbox.HubSpot.DeliverPendingWebhooksAsync();

    /// <summary>Delivers, then runs processing passes until nothing is due; returns every entry the passes finished.</summary>
    public async Task<List<IncomingLogEntry>> DeliverAndProcessAsync()
    {
        await DeliverAsync();
        return await ProcessAllAsync();
    }

    public async Task<List<IncomingLogEntry>> ProcessAllAsync()
    {
        var done = new List<IncomingLogEntry>();
        while ((await Processor.ProcessDueAsync()).Entries is { Count: > 0 } entries)
        {
            done.AddRange(entries);
        }

        return done;
    }

    public async Task<List<IncomingLogEntry>> EntriesAsync(IncomingLogQuery? query = null)
    {
        var all = new List<IncomingLogEntry>();
        await foreach (var entry in Log.SearchAsync((query ?? new IncomingLogQuery()) with { OldestFirst = true }))
        {
            all.Add(entry);
        }

        return all;
    }

    public Task SetFlowAsync(SyncFlow flow, bool enabled) => Host.Get<ISyncSettingsService>().SetAsync(flow, enabled);

    public string AddHubSpotContact(string first, string last, string email, IReadOnlyDictionary<string, string?>? more = null)
    {
        var properties = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>()) { ["firstname"] = first, ["lastname"] = last, ["email"] = email };
        return Host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, properties).Id;
    }

    public HubSpotRecord Edit(string contactId, string property, string value) =>
        Host.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, contactId, new Dictionary<string, string?> { [property] = value });

    /// <summary>The aXcelerate contacts other than the sandbox's own web-service contact.</summary>
    public List<Testing.Axcelerate.AxcelerateSandboxRecord> AxcelerateContacts() =>
        Host.Sandbox.Axcelerate.Contacts.Where(c => c.Id != Host.Sandbox.Axcelerate.WebServiceContactId).ToList();

    /// <summary>The aXcelerate requests that change data.</summary>
    public int AxcelerateWrites() => Host.Sandbox.Axcelerate.Journal.Entries.Count(e => e.Method != "GET");

    public async ValueTask DisposeAsync()
    {
        await _capture.DisposeAsync();
        await Host.DisposeAsync();
    }

    // The real endpoint (MapHubSpotWebhooks) in front of the host's own receiver, which checks each delivery's v3
    // signature against the client secret and logs it in the host's store; every answer is also counted here.
    private static async Task<WebApplication> StartCaptureAsync(SandboxHost host, List<(int Events, int New)> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IWebhookReceiver>(new CountingReceiver(host.Get<IWebhookReceiver>(), received));
        builder.Services.AddSingleton(host.Get<IOptionsMonitor<HubSpotIntegrationOptions>>());
        var app = builder.Build();
        app.MapHubSpotWebhooks("/hubspot/webhooks");
        await app.StartAsync();
        return app;
    }

    private sealed class CountingReceiver(IWebhookReceiver inner, List<(int Events, int New)> received) : IWebhookReceiver
    {
        public async Task<WebhookReceiveResult> ReceiveAsync(WebhookRequest request, CancellationToken cancellationToken = default)
        {
            var result = await inner.ReceiveAsync(request, cancellationToken);
            result.StatusCode.Should().Be(200, $"the sandbox's signed delivery is accepted ({result.Reason})");
            lock (received)
            {
                received.Add((result.EventCount, result.EventCount - result.DuplicateCount));
            }

            return result;
        }
    }

    public static string Id(long value) => value.ToString(CultureInfo.InvariantCulture);
}
