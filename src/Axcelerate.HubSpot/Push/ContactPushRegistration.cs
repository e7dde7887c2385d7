using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Push;

/// <summary>Registers the contact push; called by <c>AddHubSpotIntegration</c>.</summary>
internal static class ContactPushRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddSingleton<ContactPushService>();
        services.TryAddSingleton<IContactPushService>(sp => sp.GetRequiredService<ContactPushService>());
    }
}
