using Axcelerate.HubSpot.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Mapping;

/// <summary>Registers the mapping and matching services; called from <c>AddHubSpotIntegration</c>, safe to call repeatedly.</summary>
internal static class MappingServiceRegistration
{
    /// <summary>Adds the field-mapping service and the default match rules unless the host registered its own.</summary>
    /// <param name="services">The host's services.</param>
    public static void Register(IServiceCollection services)
    {
        services.TryAddSingleton<IMatchRule<ContactMatchCandidate>, EmailMatchRule>();
        services.TryAddSingleton<IMatchRule<OrganisationMatchCandidate>, OrganisationNameMatchRule>();
        services.TryAddSingleton<IMatchRule<TaskMatchCandidate>, TaskNameMatchRule>();
        services.AddOptions<FieldMappingOptions>();
        services.TryAddTransient<IFieldMappingService, FieldMappingService>();
    }
}
