using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AspNetCore;

/// <summary>The request delegate behind <c>MapAxcelerateWebhooks</c>: aXcelerate's receiver and body limit on the shared endpoint.</summary>
internal static class AxcelerateWebhookEndpoint
{
    public static Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var receiver = services.GetRequiredService<IAxcelerateWebhookReceiver>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AxcelerateWebhookEndpoint).FullName!);
        var limit = services.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>().CurrentValue.AxcelerateWebhooks.MaxBodyBytes;
        return WebhookEndpoint.HandleAsync(
            context,
            limit,
            "HubSpotIntegration:AxcelerateWebhooks:MaxBodyBytes",
            (status, reason) => AxcelerateWebhookEndpointLog.Refused(logger, status, reason),
            receiver.ReceiveAsync);
    }
}
