using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AspNetCore;

/// <summary>The request delegate behind <c>MapHubSpotWebhooks</c>: HubSpot's receiver and body limit on the shared endpoint.</summary>
internal static class HubSpotWebhookEndpoint
{
    public static Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var receiver = services.GetRequiredService<IWebhookReceiver>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HubSpotWebhookEndpoint).FullName!);
        var limit = services.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>().CurrentValue.Webhooks.MaxBodyBytes;
        return WebhookEndpoint.HandleAsync(
            context,
            limit,
            "HubSpotIntegration:Webhooks:MaxBodyBytes",
            (status, reason) => HubSpotWebhookEndpointLog.Refused(logger, status, reason),
            receiver.ReceiveAsync);
    }
}
