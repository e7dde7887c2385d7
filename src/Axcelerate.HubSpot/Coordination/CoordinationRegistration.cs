using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Coordination;

/// <summary>Registers the instance id, leadership by lease and their options validation.</summary>
internal static class CoordinationRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, CoordinationOptionsValidator>());
        services.TryAddSingleton<InstanceIdentity>();
        services.TryAddSingleton<ExclusiveWork>();
    }
}
