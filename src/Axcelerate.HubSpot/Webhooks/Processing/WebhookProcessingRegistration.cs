using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Registers the webhook processor and its options validation (the background service only on request).</summary>
internal static class WebhookProcessingRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, WebhookProcessingOptionsValidator>());
        services.TryAddSingleton<IWebhookProcessor, WebhookProcessor>();
    }
}
