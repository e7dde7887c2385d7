using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Axcelerate.HubSpot.Deals;

/// <summary>Registers <see cref="IDealStageMappingService"/>.</summary>
internal static class DealsRegistration
{
    public static void Register(IServiceCollection services) =>
        services.TryAddTransient<IDealStageMappingService>(provider => new DealStageMappingService(
            provider.GetRequiredService<IHubSpotClient>(),
            provider.GetRequiredService<IAxcelerateClient>(),
            provider.GetRequiredService<IDealStageMapStore>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<DealStageMappingService>() ?? NullLogger<DealStageMappingService>.Instance));
}
