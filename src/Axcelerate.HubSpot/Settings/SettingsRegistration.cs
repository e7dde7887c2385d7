using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Settings;

/// <summary>Registers <see cref="ISyncSettingsService"/>; called by <c>AddHubSpotIntegration</c>.</summary>
internal static class SettingsRegistration
{
    public static void Register(IServiceCollection services) =>
        services.TryAddSingleton<ISyncSettingsService, SyncSettingsService>();
}
