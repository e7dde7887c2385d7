using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Logs;

/// <summary>Registers the incoming log service and its options validation.</summary>
internal static class IncomingLogRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, IncomingLogOptionsValidator>());
        services.TryAddSingleton<IIncomingLog, IncomingLog>();
    }
}
