using Axcelerate.HubSpot;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

// Extensions of the builder live beside AddHubSpotIntegration's namespace so they are found without extra usings.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds HubSpot's webhooks journal as a source of incoming events, for hosts HubSpot cannot reach.</summary>
public static class HubSpotIntegrationBuilderWebhooksJournalExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> behind <see cref="IWebhooksJournalClient"/>.</summary>
    public const string HttpClientName = "Axcelerate.HubSpot.WebhooksJournal";

    /// <summary>
    /// Registers <see cref="IWebhooksJournalClient"/> and <see cref="IWebhooksJournalReader"/>, and (unless
    /// <see cref="WebhooksJournalOptions.RunInBackground"/> is false) a hosted service that pulls the journal into the
    /// incoming log every <see cref="WebhooksJournalOptions.PollInterval"/>. The options are validated at host start.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHubSpotIntegration</c>.</param>
    /// <param name="configure">Sets the options (journal, install portal, interval, batch size, where to start).</param>
    /// <returns>The same builder.</returns>
    public static HubSpotIntegrationBuilder ReadWebhooksJournal(this HubSpotIntegrationBuilder builder, Action<WebhooksJournalOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<WebhooksJournalOptions>().Configure(configure);
        return Register(builder);
    }

    /// <summary>
    /// Registers the journal reader as <see cref="ReadWebhooksJournal(HubSpotIntegrationBuilder, Action{WebhooksJournalOptions})"/>
    /// does, with the options bound from a configuration section (for example <c>HubSpotIntegration:WebhooksJournal</c>
    /// with <c>Journal</c>, <c>InstallPortalId</c>, <c>PollInterval</c>, <c>BatchSize</c>, <c>StartFrom</c>).
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHubSpotIntegration</c>.</param>
    /// <param name="section">The section holding the options.</param>
    /// <returns>The same builder.</returns>
    public static HubSpotIntegrationBuilder ReadWebhooksJournal(this HubSpotIntegrationBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.AddOptions<WebhooksJournalOptions>().Bind(section);
        return Register(builder);
    }

    private static HubSpotIntegrationBuilder Register(HubSpotIntegrationBuilder builder)
    {
        var services = builder.Services;
        var optionsBuilder = services.AddOptions<WebhooksJournalOptions>();
        if (services.Any(d => d.ServiceType == typeof(WebhooksJournalMarker)))
        {
            return builder;
        }

        services.AddSingleton<WebhooksJournalMarker>();
        optionsBuilder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhooksJournalOptions>, WebhooksJournalOptionsValidator>());
        services.TryAddSingleton<WebhooksJournalTokenProvider>();
        services.TryAddTransient<WebhooksJournalAuthHandler>();
        services.TryAddTransient<IWebhooksJournalClient, WebhooksJournalClient>();
        services.TryAddSingleton<WebhooksJournalReader>();
        services.TryAddSingleton<IWebhooksJournalReader>(sp => sp.GetRequiredService<WebhooksJournalReader>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<IOptions<WebhooksJournalOptions>>().Value.RunInBackground
            ? sp.GetRequiredService<WebhooksJournalReader>()
            : new IdleService());

        services.AddHttpClient(WebhooksJournalClient.FilesHttpClientName);
        services
            .AddRefitGeneratedClient<IWebhooksJournalApi>(WebhooksJournalJsonContext.Default, CreateRefitSettings, HttpClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                var hubSpot = sp.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>().CurrentValue.HubSpot;
                client.BaseAddress = hubSpot.BaseUrl;
                client.Timeout = hubSpot.RequestTimeout;
            })
            .AddHttpMessageHandler<WebhooksJournalAuthHandler>();
        return builder;
    }

    private static RefitSettings CreateRefitSettings(IServiceProvider services)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<IWebhooksJournalClient>();
        return new RefitSettings
        {
            ContentSerializer = new SystemTextJsonContentSerializer(WebhooksJournalJsonContext.Default.Options),
            ExceptionFactory = response => new ValueTask<Exception?>(HubSpotErrorMapper.CreateAsync(response, time, logger)),
            TransportExceptionFactory = HubSpotErrorMapper.FromTransport,
        };
    }

    /// <summary>Present once the journal is registered; makes a second call only add configuration.</summary>
    private sealed class WebhooksJournalMarker;

    /// <summary>Stands in for the reader's loop when it should not run in the background.</summary>
    private sealed class IdleService : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
