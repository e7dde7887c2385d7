using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Registers the aXcelerate webhook receiver and the <c>HubSpotIntegration:AxcelerateWebhooks</c> check.</summary>
internal static class AxcelerateWebhookRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddSingleton<IIncomingWorkSignal, IncomingWorkSignal>();
        services.TryAddSingleton<IAxcelerateWebhookReceiver, AxcelerateWebhookReceiver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, AxcelerateWebhookOptionsValidator>());
    }
}
