using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.HubSpotApi.Clients;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Axcelerate.HubSpot.HubSpotApi.Resilience;
using Axcelerate.HubSpot.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Registers the HubSpot client; called by <c>AddHubSpotIntegration</c>, safe to call repeatedly.</summary>
internal static class HubSpotClientRegistration
{
    /// <summary>The name of the <see cref="HttpClient"/> behind the HubSpot client.</summary>
    public const string HttpClientName = "Axcelerate.HubSpot.HubSpot";

    public static IHttpClientBuilder Register(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(Marker)))
        {
            return services.AddHttpClient(HttpClientName);
        }

        services.AddSingleton<Marker>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, HubSpotOptionsValidator>());
        services.TryAddSingleton<IHubSpotTokenStore, InMemoryHubSpotTokenStore>();
        services.TryAddSingleton<HubSpotOAuthClient>();
        services.TryAddSingleton<IHubSpotOAuthClient>(sp => sp.GetRequiredService<HubSpotOAuthClient>());
        services.TryAddSingleton<HubSpotRateGovernor>();
        services.TryAddSingleton<HubSpotResiliencePolicies>();
        services.TryAddTransient<HubSpotRateLimitHandler>();
        services.TryAddTransient<HubSpotAuthHandler>();
        services.TryAddTransient<IHubSpotClient, HubSpotClient>();
        services.TryAddSingleton<HubSpotRecordAddresses>();

        var builder = services
            .AddRefitGeneratedClient<IHubSpotApi>(HubSpotJsonContext.Default, CreateRefitSettings, HttpClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>().CurrentValue.HubSpot.BaseUrl;
                client.Timeout = Timeout.InfiniteTimeSpan; // the per-attempt timeout policy owns timeouts
            });

        // Outermost first: one span per request; retries around every attempt; each attempt waits for a rate permit,
        // then gets a bearer token; innermost, the outgoing log and the attempt counters see every attempt.
        Telemetry.TelemetryRegistration.Register(services);
        builder.AddRequestTelemetry(RemoteService.HubSpot);
        builder.AddPolicyHandler((sp, request) => sp.GetRequiredService<HubSpotResiliencePolicies>().For(request));
        builder.AddHttpMessageHandler<HubSpotRateLimitHandler>();
        builder.AddHttpMessageHandler<HubSpotAuthHandler>();
        Logs.OutgoingLogRegistration.AddOutgoingLog(builder, RemoteService.HubSpot);
        builder.AddAttemptTelemetry(RemoteService.HubSpot);
        return builder;
    }

    private static RefitSettings CreateRefitSettings(IServiceProvider services)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<HubSpotClient>();
        return new RefitSettings
        {
            ContentSerializer = new SystemTextJsonContentSerializer(HubSpotJsonContext.Default.Options),
            ExceptionFactory = response => new ValueTask<Exception?>(HubSpotErrorMapper.CreateAsync(response, time, logger, services.GetRequiredService<HubSpotRateGovernor>())),
            TransportExceptionFactory = HubSpotErrorMapper.FromTransport,
        };
    }

    /// <summary>Present once the HubSpot client is registered; makes repeated registration a no-op.</summary>
    private sealed class Marker;
}
