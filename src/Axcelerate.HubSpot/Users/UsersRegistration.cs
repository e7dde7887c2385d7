using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Users;

/// <summary>Registers <see cref="IUserLinkService"/> and the validation of its options; called by <c>AddHubSpotIntegration</c>.</summary>
internal static class UsersRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotIntegrationOptions>, UserLinkOptionsValidator>());
        services.TryAddTransient<IUserLinkService, UserLinkService>();
    }
}
