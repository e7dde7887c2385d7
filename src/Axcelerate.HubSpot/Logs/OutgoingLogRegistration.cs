using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Logs;

/// <summary>Registers the outgoing log's options validation, its reader and background retention, and adds its handler to the clients' HTTP pipelines.</summary>
internal static class OutgoingLogRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, OutgoingLogOptionsValidator>());
        services.TryAddSingleton<IOutgoingLog, OutgoingLog>();

        // Retention runs in any generic host that starts hosted services.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutgoingLogPruner>());
    }

    /// <summary>Adds the handler that logs every attempt of <paramref name="service"/>'s requests; add it innermost, so each retry is one entry.</summary>
    /// <param name="builder">The client's HTTP builder.</param>
    /// <param name="service">The system the client calls.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder AddOutgoingLog(this IHttpClientBuilder builder, RemoteService service) =>
        builder.AddHttpMessageHandler(provider => new OutgoingLogHandler(
            service,
            provider,
            provider.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger<OutgoingLogHandler>()));
}
