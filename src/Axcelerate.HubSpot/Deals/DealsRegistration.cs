using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Deals;

/// <summary>Registers <see cref="IDealStageMappingService"/>; called by <c>AddHubSpotIntegration</c>.</summary>
internal static class DealsRegistration
{
    public static void Register(IServiceCollection services) =>
        services.TryAddTransient<IDealStageMappingService, DealStageMappingService>();
}
