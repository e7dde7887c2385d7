using Axcelerate.HubSpot;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

// Extensions of the builder live beside AddHubSpotIntegration's namespace so they are found without extra usings.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Runs the webhook processor and the incoming log's retention in the host's background.</summary>
public static class HubSpotIntegrationBuilderWebhookProcessingExtensions
{
    /// <summary>
    /// Adds two hosted services to a generic host (ASP.NET Core or a worker): one applies the incoming log's due
    /// entries continuously (<c>HubSpotIntegration:WebhookProcessing</c>), one removes old finished entries
    /// (<c>HubSpotIntegration:IncomingLog</c>). Both stop cleanly with the host; pending entries stay in the store and
    /// are processed after a restart. Calling it twice adds nothing twice.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHubSpotIntegration</c>.</param>
    /// <returns>The same builder.</returns>
    public static HubSpotIntegrationBuilder ProcessWebhooksInBackground(this HubSpotIntegrationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WebhookProcessingService>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, IncomingLogPruningService>());
        return builder;
    }
}
