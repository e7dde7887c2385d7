using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Linking;

/// <summary>Registers link and export; called by <c>AddHubSpotIntegration</c>, safe to call repeatedly.</summary>
internal static class LinkingRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddSingleton<LinkCore>();
        services.TryAddSingleton<DealAdder>();
        services.TryAddSingleton<IContactLinkService, ContactLinkService>();
        services.TryAddSingleton<IOrganisationLinkService, OrganisationLinkService>();
        services.TryAddSingleton<IOpportunityLinkService, OpportunityLinkService>();
    }
}
