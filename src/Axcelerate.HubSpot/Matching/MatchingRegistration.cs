using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Matching;

/// <summary>Registers the default match rules unless the host registered its own; called by <c>AddHubSpotIntegration</c>.</summary>
internal static class MatchingRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddSingleton<IMatchRule<ContactMatchCandidate>, EmailMatchRule>();
        services.TryAddSingleton<IMatchRule<OrganisationMatchCandidate>, OrganisationNameMatchRule>();
        services.TryAddSingleton<IMatchRule<TaskMatchCandidate>, TaskNameMatchRule>();
    }
}
