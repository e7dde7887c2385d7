using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Engagements;

/// <summary>Registers the engagements views.</summary>
internal static class EngagementRegistration
{
    public static void Register(IServiceCollection services) =>
        services.TryAddSingleton<IEngagementService, EngagementService>();
}
