using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Mapping.Administration;

/// <summary>Registers the field-mapping service and its plan cache; called by <c>AddHubSpotIntegration</c>.</summary>
internal static class FieldMappingRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddSingleton<MappingPlanCache>();
        services.TryAddTransient<IFieldMappingService, FieldMappingService>();
    }
}
