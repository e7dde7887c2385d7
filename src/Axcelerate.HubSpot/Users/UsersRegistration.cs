using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Users;

/// <summary>Registers <see cref="IUserLinkService"/> and its options.</summary>
internal static class UsersRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.AddOptions<UserLinkOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<UserLinkOptions>, UserLinkOptionsSetup>());
        services.TryAddTransient<IUserLinkService>(provider => new UserLinkService(
            provider.GetRequiredService<IHubSpotClient>(),
            provider.GetRequiredService<IAxcelerateClient>(),
            provider.GetRequiredService<IUserLinkStore>(),
            provider.GetRequiredService<IOptionsMonitor<UserLinkOptions>>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<UserLinkService>() ?? NullLogger<UserLinkService>.Instance));
    }
}
