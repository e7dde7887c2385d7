using Axcelerate.HubSpot.AspNetCore;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the aXcelerate webhook endpoint.</summary>
public static class AxcelerateWebhookEndpointRouteBuilderExtensions
{
    /// <summary>The path aXcelerate's webhook settings usually point at.</summary>
    public const string DefaultPattern = "/axcelerate/webhooks";

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to the integration's <c>IAxcelerateWebhookReceiver</c>: the body is
    /// read up to <c>HubSpotIntegration:AxcelerateWebhooks:MaxBodyBytes</c> (413 beyond it, without reading the rest),
    /// <c>Ax-Signature</c> is checked with <c>HubSpotIntegration:AxcelerateWebhooks:SigningKey</c> (401 when bad or
    /// missing), and a valid event is logged as Pending and answered 200 at once; the processor pushes contact events
    /// to HubSpot. Register the integration with <c>AddHubSpotIntegration</c> and choose a store first.
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="pattern">The route, <c>/axcelerate/webhooks</c> by default; it must match the URL set in aXcelerate's webhook settings.</param>
    /// <returns>The endpoint's convention builder (to add host filtering, rate limiting or metadata).</returns>
    /// <exception cref="InvalidOperationException">The integration was not registered with <c>AddHubSpotIntegration</c>.</exception>
    /// <remarks>
    /// The host then fails at start when <c>HubSpotIntegration:AxcelerateWebhooks:SigningKey</c> is not set, unless
    /// <c>HubSpotIntegration:AxcelerateWebhooks:AcceptUnsigned</c> is true.
    /// </remarks>
    public static IEndpointConventionBuilder MapAxcelerateWebhooks(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>() is { } registered && !registered.IsService(typeof(IAxcelerateWebhookReceiver)))
        {
            throw new InvalidOperationException(
                "MapAxcelerateWebhooks needs the integration's services: call builder.Services.AddHubSpotIntegration(builder.Configuration).UseSqliteStore(...) before building the app.");
        }

        // Checked when the host starts (with the other settings): a mapped endpoint needs the signing key.
        if (endpoints.ServiceProvider.GetService<WebhookEndpointsMapped>() is { } mapped)
        {
            mapped.Axcelerate = true;
        }

        return endpoints.MapPost(pattern, AxcelerateWebhookEndpoint.HandleAsync)
            .WithDisplayName("aXcelerate webhooks");
    }
}
