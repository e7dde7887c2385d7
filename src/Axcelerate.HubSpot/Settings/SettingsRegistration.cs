using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Axcelerate.HubSpot.Settings;

/// <summary>Registers <see cref="ISyncSettingsService"/>.</summary>
internal static class SettingsRegistration
{
    public static void Register(IServiceCollection services) =>
        services.TryAddSingleton<ISyncSettingsService>(provider => new SyncSettingsService(
            provider.GetRequiredService<ISyncSettingsStore>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<SyncSettingsService>() ?? NullLogger<SyncSettingsService>.Instance));
}
