using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Import;

/// <summary>Registers the import orchestrator and its options validation.</summary>
internal static class ImportRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, ImportOptionsValidator>());
        services.TryAddSingleton<AxcelerateIdProperty>();
        services.TryAddSingleton<ContactImporter>();
        services.TryAddSingleton<OrganisationImporter>();
        services.TryAddSingleton<OpportunityImporter>();
        services.TryAddSingleton<IImportOrchestrator, ImportOrchestrator>();
        services.TryAddSingleton<IFieldSyncOrchestrator, FieldSyncOrchestrator>();
    }
}
