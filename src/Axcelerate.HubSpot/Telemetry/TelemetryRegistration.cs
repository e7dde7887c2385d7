using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Telemetry;

/// <summary>Registers the instruments and adds the telemetry handlers to the clients' HTTP pipelines.</summary>
internal static class TelemetryRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<IntegrationTelemetry>();
    }

    /// <summary>Adds the per-request span handler; call it before any other handler, so the span covers every attempt.</summary>
    public static IHttpClientBuilder AddRequestTelemetry(this IHttpClientBuilder builder, RemoteService service) =>
        builder.AddHttpMessageHandler(() => new TelemetryRequestHandler(service));

    /// <summary>Adds the per-attempt counting handler; call it after every other handler, so it sees each attempt.</summary>
    public static IHttpClientBuilder AddAttemptTelemetry(this IHttpClientBuilder builder, RemoteService service) =>
        builder.AddHttpMessageHandler(provider => new TelemetryAttemptHandler(
            service,
            provider.GetRequiredService<IntegrationTelemetry>(),
            provider.GetRequiredService<TimeProvider>()));
}
