using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Webhooks.Journal;

/// <summary>
/// A strict sandbox and the SDK with the webhooks journal reader registered through <c>ReadWebhooksJournal</c>, the
/// sandbox and the clients sharing one fake clock (the journal's 3-day retention and the token lifetime run on it).
/// </summary>
internal static class JournalHost
{
    public const string ClientId = "sandbox-client-id";
    public const string ClientSecret = "sandbox-client-secret";

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SandboxHost, FakeTimeProvider> Clocks = new();

    /// <summary>The clock the sandbox and the clients share (not <see cref="SandboxHost.Clock"/>, which this host does not use).</summary>
    public static FakeTimeProvider JournalClock(this SandboxHost host) => Clocks.TryGetValue(host, out var clock) ? clock : host.Clock;

    public static async Task<SandboxHost> StartAsync(Action<WebhooksJournalOptions>? journal = null, Func<IServiceProvider, IIntegrationStore>? store = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var host = await SandboxHost.StartAsync(
            sandbox: o => o.TimeProvider = clock,
            services: s => s.AddSingleton<TimeProvider>(clock).AddFakeLogging(),
            builder: b =>
            {
                if (store is not null)
                {
                    b.UseStore(store);
                }

                b.ReadWebhooksJournal(o => Configure(o, journal));
            });
        Clocks.Add(host, clock);
        return host;
    }

    /// <summary>A second "process" against the same sandbox and store: registered afresh, sharing nothing in memory.</summary>
    public static ServiceProvider StartAnotherProcess(SandboxHost host, Func<IServiceProvider, IIntegrationStore> store, Action<WebhooksJournalOptions>? journal = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(host.JournalClock()).AddFakeLogging();
        services.AddHubSpotIntegration(host.PointAt).UseStore(store).ReadWebhooksJournal(o => Configure(o, journal));
        return services.BuildServiceProvider();
    }

    public static IWebhooksJournalReader Reader(this SandboxHost host) => host.Get<IWebhooksJournalReader>();

    public static IWebhooksJournalClient JournalClient(this SandboxHost host) => host.Get<IWebhooksJournalClient>();

    /// <summary>Every incoming-log entry, oldest first.</summary>
    public static async Task<List<IncomingLogEntry>> IncomingAsync(this IIncomingLogStore store)
    {
        List<IncomingLogEntry> all = [];
        string? token = null;
        do
        {
            var page = await store.QueryIncomingAsync(new IncomingLogQuery { OldestFirst = true, PageSize = 200, ContinuationToken = token });
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    public static Task<List<IncomingLogEntry>> IncomingAsync(this SandboxHost host) => host.Get<IIncomingLogStore>().IncomingAsync();

    public static FakeLogCollector LogsOf(IServiceProvider services) => services.GetRequiredService<FakeLogCollector>();

    private static void Configure(WebhooksJournalOptions o, Action<WebhooksJournalOptions>? journal)
    {
        o.ClientId = ClientId;
        o.ClientSecret = ClientSecret;
        journal?.Invoke(o);
    }
}
