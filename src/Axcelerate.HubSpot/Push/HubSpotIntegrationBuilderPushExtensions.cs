using Axcelerate.HubSpot.Push;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot;

/// <summary>Adds the contact poller to an integration.</summary>
public static class HubSpotIntegrationBuilderPushExtensions
{
    /// <summary>
    /// Runs the contact poller as a hosted service in the host (any generic host): every
    /// <see cref="ContactPollerOptions.Interval"/> it reads the aXcelerate contacts changed since its stored watermark and
    /// pushes those whose mapped values differ from what was last synced. For accounts without aXcelerate webhooks.
    /// </summary>
    /// <param name="builder">The builder <c>AddHubSpotIntegration</c> returned.</param>
    /// <param name="configure">Changes the poller's options (interval, first day, page size).</param>
    /// <returns>The same builder.</returns>
    public static HubSpotIntegrationBuilder PollAxcelerateContacts(this HubSpotIntegrationBuilder builder, Action<ContactPollerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var poller = builder.Services.AddOptions<ContactPollerOptions>().ValidateOnStart();
        if (configure is not null)
        {
            poller.Configure(configure);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContactPollerOptions>, ContactPollerOptionsValidator>());
        builder.Services.TryAddSingleton<ContactPoller>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ContactPoller>(sp => sp.GetRequiredService<ContactPoller>()));
        return builder;
    }
}
