using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// The webhook scenarios' host: the in-process sandbox with limits on, and an ASP.NET Core app (Kestrel, 127.0.0.1)
/// hosting <c>MapHubSpotWebhooks</c> with the SDK registered on a SQLite file, optionally with the background processor;
/// N contacts in both systems, linked by a first import.
/// </summary>
internal sealed class WebhookRig : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _database;

    private WebhookRig(E2EEnvironment env, WebApplication app, string database, IReadOnlyList<string> contactIds)
    {
        Env = env;
        _app = app;
        _database = database;
        ContactIds = contactIds;
    }

    public E2EEnvironment Env { get; }

    /// <summary>The app's services (its receiver, processor and store).</summary>
    public IServiceProvider Services => _app.Services;

    public Uri WebhookUrl => new(_app.Urls.First().TrimEnd('/') + "/hubspot/webhooks");

    /// <summary>Where aXcelerate's webhooks are received.</summary>
    public Uri AxcelerateWebhookUrl => new(_app.Urls.First().TrimEnd('/') + AxcelerateWebhookEndpointRouteBuilderExtensions.DefaultPattern);

    /// <summary>The HubSpot ids of the linked contacts.</summary>
    public IReadOnlyList<string> ContactIds { get; }

    public static async Task<WebhookRig> StartAsync(int n, int axceleratePerMinute, bool background, Action<HubSpotIntegrationOptions>? integration, CancellationToken cancellationToken, Action<HubSpotIntegrationBuilder>? configure = null)
    {
        var sandboxOptions = E2EEnvironment.LimitedSandbox(axceleratePerMinute);
        var env = await E2EEnvironment.StartAsync(sandboxOptions, cancellationToken: cancellationToken);
        var ids = new List<string>(n);
        for (var i = 0; i < n; i++)
        {
            var email = $"linked{i}@example.edu.au";
            ids.Add(env.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["firstname"] = $"Given{i}", ["lastname"] = $"Family{i}", ["email"] = email, ["city"] = "Brisbane" }).Id);
            env.Sandbox.Axcelerate.AddContact($"Given{i}", $"Family{i}", email, new Dictionary<string, string?> { ["CITY"] = "Brisbane" });
        }

        await Task.Delay(sandboxOptions.HubSpot.SearchLag + TimeSpan.FromMilliseconds(500), cancellationToken);

        // Link them with a first import, aXcelerate's quota lifted meanwhile (a registration throttled to match, same store).
        var quota = env.Sandbox.Axcelerate.Options.RateLimitPerWindow;
        env.Sandbox.Axcelerate.Options.RateLimitPerWindow = null;
        await using (var fast = await env.SecondRegistrationAsync(o => o.Axcelerate.RequestsPerSecond = 1000))
        {
            var report = await fast.GetRequiredService<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact) { PageSize = ImportOptions.MaxPageSize }, cancellationToken: cancellationToken);
            if (report.Linked != n)
            {
                throw new InvalidOperationException($"The first import linked {report.Linked} of {n} contacts.");
            }

            await fast.GetRequiredService<ISyncSettingsService>().SetAsync(Enum.GetValues<SyncFlow>().ToDictionary(f => f, _ => true), cancellationToken);
        }

        env.Sandbox.Axcelerate.Options.RateLimitPerWindow = quota;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var registered = builder.Services.AddHubSpotIntegration(o =>
        {
            E2EEnvironment.Configure(o, env.Sandbox, sandboxOptions);
            o.AxcelerateWebhooks.SigningKey = "bench-ax-key"; // MapAxcelerateWebhooks needs a key at start
            integration?.Invoke(o);
        }).UseSqliteStore($"Data Source={env.DatabasePath}");
        if (background)
        {
            registered.ProcessWebhooksInBackground();
        }

        configure?.Invoke(registered);
        var app = builder.Build();
        app.MapHubSpotWebhooks();
        app.MapAxcelerateWebhooks();
        await app.StartAsync(cancellationToken);
        return new WebhookRig(env, app, env.DatabasePath, ids);
    }

    /// <summary>
    /// Subscribes the app to HubSpot's changes of one contact property, delivered by the sandbox on its own schedule
    /// (its default: pending events are sent every second, up to 100 per request) or only when asked.
    /// </summary>
    public void Subscribe(string property, bool autoDeliver)
    {
        var options = new HubSpotWebhookOptions();
        if (!autoDeliver)
        {
            options.AutoDeliverInterval = null;
        }

        options.Events.Add(HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, property));
        Env.Sandbox.HubSpot.SubscribeWebhooks(WebhookUrl, Env.Sandbox.HubSpot.Options.OAuthClientSecret, options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await Env.DisposeAsync();
    }
}
