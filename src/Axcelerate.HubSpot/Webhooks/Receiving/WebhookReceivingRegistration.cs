using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Registers the webhook receiver, the incoming-work signal and the <c>HubSpotIntegration:Webhooks</c> check.</summary>
internal static class WebhookReceivingRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddSingleton<IIncomingWorkSignal, IncomingWorkSignal>();
        services.TryAddSingleton<IWebhookReceiver, WebhookReceiver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, WebhookReceiverOptionsValidator>());
        services.TryAddSingleton<WebhookEndpointsMapped>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, WebhookEndpointOptionsValidator>());
    }
}
