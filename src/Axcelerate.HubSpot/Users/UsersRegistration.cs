using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Users;

/// <summary>Registers <see cref="IUserLinkService"/> and its options.</summary>
internal static class UsersRegistration
{
    /// <summary>Binds <see cref="UserLinkOptions"/> from the <c>Users</c> key of the integration's configuration section.</summary>
    public static void BindFrom(IServiceCollection services, IConfiguration integrationSection, string sectionPath) =>
        services.AddSingleton<IConfigureOptions<UserLinkOptions>>(new UserLinkOptionsSetup(integrationSection, sectionPath));

    public static void Register(IServiceCollection services)
    {
        services.AddOptions<UserLinkOptions>();
        services.TryAddTransient<IUserLinkService>(provider => new UserLinkService(
            provider.GetRequiredService<IHubSpotClient>(),
            provider.GetRequiredService<IAxcelerateClient>(),
            provider.GetRequiredService<IUserLinkStore>(),
            provider.GetRequiredService<IOptionsMonitor<UserLinkOptions>>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<UserLinkService>() ?? NullLogger<UserLinkService>.Instance));
    }
}
