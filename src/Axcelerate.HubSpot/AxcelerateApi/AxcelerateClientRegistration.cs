using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Registers the aXcelerate client; called by <c>AddHubSpotIntegration</c>, safe to call repeatedly.</summary>
internal static class AxcelerateClientRegistration
{
    /// <summary>The name of the <see cref="HttpClient"/> behind the aXcelerate client.</summary>
    public const string HttpClientName = "Axcelerate.HubSpot.Axcelerate";

    /// <summary>
    /// Registers <see cref="IAxcelerateClient"/> over Refit on the named client. The handler chain, outermost first:
    /// retry policy → retry delay (on <see cref="TimeProvider"/>) → throttle → attempt timeout → auth headers → primary handler.
    /// </summary>
    public static IHttpClientBuilder Register(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(Marker)))
        {
            return services.AddHttpClient(HttpClientName);
        }

        services.AddSingleton<Marker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, AxcelerateOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AxcelerateJson>();
        services.TryAddSingleton<AxcelerateRateLimiter>();
        services.TryAddSingleton<AxcelerateLookupCache>();
        services.TryAddTransient<AxcelerateAuthHandler>();
        services.TryAddTransient<AxcelerateThrottlingHandler>();
        services.TryAddTransient<AxcelerateTransport>();
        services.TryAddTransient<IAxcelerateContactsClient, AxcelerateContactsClient>();
        services.TryAddTransient<IAxcelerateOrganisationsClient, AxcelerateOrganisationsClient>();
        services.TryAddTransient<IAxcelerateUsersClient, AxcelerateUsersClient>();
        services.TryAddTransient<IAxcelerateTasksClient, AxcelerateTasksClient>();
        services.TryAddTransient<IAxcelerateFollowUpsClient, AxcelerateFollowUpsClient>();
        services.TryAddTransient<IAxcelerateCustomFieldsClient, AxcelerateCustomFieldsClient>();
        services.TryAddTransient<IAxcelerateClient, AxcelerateClient>();

        var builder = services.AddRefitGeneratedClient<IAxcelerateApi>(_ => new RefitSettings(), HttpClientName);
        builder.ConfigureHttpClient((provider, client) =>
        {
            if (provider.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>().CurrentValue.Axcelerate.BaseUrl is { IsAbsoluteUri: true } baseUrl)
            {
                client.BaseAddress = AxcelerateBaseAddress.From(baseUrl);
            }
        });
        Telemetry.TelemetryRegistration.Register(services);
        builder.AddRequestTelemetry(RemoteService.Axcelerate);
        AxcelerateResiliencePolicies.AddTo(builder);
        builder.AddHttpMessageHandler<AxcelerateAuthHandler>();
        Logs.OutgoingLogRegistration.AddOutgoingLog(builder, RemoteService.Axcelerate);
        builder.AddAttemptTelemetry(RemoteService.Axcelerate);
        return builder;
    }

    /// <summary>Shows the client is registered, so a second call adds nothing.</summary>
    private sealed class Marker;
}
