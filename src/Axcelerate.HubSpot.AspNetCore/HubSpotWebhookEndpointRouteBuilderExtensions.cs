using Axcelerate.HubSpot.AspNetCore;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the HubSpot webhook endpoint.</summary>
public static class HubSpotWebhookEndpointRouteBuilderExtensions
{
    /// <summary>The path HubSpot's app settings usually point at.</summary>
    public const string DefaultPattern = "/hubspot/webhooks";

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to the integration's <c>IWebhookReceiver</c>: the body is read up to
    /// <c>HubSpotIntegration:Webhooks:MaxBodyBytes</c> (413 beyond it, without reading the rest), the signature is
    /// checked against the URL HubSpot called (<c>HubSpotIntegration:Webhooks:PublicBaseUrl</c> behind a proxy), and
    /// a valid batch is logged as Pending and answered 200 at once. Register the integration with
    /// <c>AddHubSpotIntegration</c> and choose a store first.
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="pattern">The route, <c>/hubspot/webhooks</c> by default; it must match the target URL set in the HubSpot app.</param>
    /// <returns>The endpoint's convention builder (to add host filtering, rate limiting or metadata).</returns>
    /// <exception cref="InvalidOperationException">The integration was not registered with <c>AddHubSpotIntegration</c>.</exception>
    /// <remarks>The host then fails at start when <c>HubSpotIntegration:HubSpot:ClientSecret</c> is not set.</remarks>
    public static IEndpointConventionBuilder MapHubSpotWebhooks(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>() is { } registered && !registered.IsService(typeof(IWebhookReceiver)))
        {
            throw new InvalidOperationException(
                "MapHubSpotWebhooks needs the integration's services: call builder.Services.AddHubSpotIntegration(builder.Configuration).UseSqliteStore(...) before building the app.");
        }

        // Checked when the host starts (with the other settings): a mapped endpoint needs the client secret.
        if (endpoints.ServiceProvider.GetService<WebhookEndpointsMapped>() is { } mapped)
        {
            mapped.HubSpot = true;
        }

        return endpoints.MapPost(pattern, HubSpotWebhookEndpoint.HandleAsync)
            .WithDisplayName("HubSpot webhooks");
    }
}
