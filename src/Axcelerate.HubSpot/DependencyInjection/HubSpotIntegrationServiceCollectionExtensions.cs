using Axcelerate.HubSpot;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Mapping.Administration;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the aXcelerate ⇄ HubSpot integration in a host's service collection.</summary>
public static class HubSpotIntegrationServiceCollectionExtensions
{
    /// <summary>Registers the integration, configured in code.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options (all of them, e.g. <c>o.Users.WebServiceUserContactId</c>); they are validated when first used and at host start.</param>
    /// <returns>A builder to choose the store and customise the HTTP clients.</returns>
    /// <remarks>Calling it again adds further configuration and registers no service twice.</remarks>
    public static HubSpotIntegrationBuilder AddHubSpotIntegration(this IServiceCollection services, Action<HubSpotIntegrationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<HubSpotIntegrationOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>Registers the integration, bound from a section of the configuration root (by default <c>HubSpotIntegration</c>).</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration root.</param>
    /// <param name="sectionName">The section holding the integration's keys (see the <see cref="IConfigurationSection"/> overload).</param>
    /// <returns>A builder to choose the store and customise the HTTP clients.</returns>
    public static HubSpotIntegrationBuilder AddHubSpotIntegration(
        this IServiceCollection services,
        IConfiguration configuration,
        string sectionName = HubSpotIntegrationOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);
        return services.AddHubSpotIntegration(configuration.GetSection(sectionName));
    }

    /// <summary>Registers the integration, bound from the given configuration section.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="section">The section holding the <c>HubSpot</c>, <c>Axcelerate</c>, <c>Users</c> and <c>OutgoingLog</c> keys.</param>
    /// <returns>A builder to choose the store and customise the HTTP clients.</returns>
    public static HubSpotIntegrationBuilder AddHubSpotIntegration(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<HubSpotIntegrationOptions>().Bind(section);
        return AddCore(services);
    }

    private static HubSpotIntegrationBuilder AddCore(IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(HubSpotIntegrationMarker)))
        {
            services.AddSingleton<HubSpotIntegrationMarker>();
            services.AddOptions<HubSpotIntegrationOptions>().ValidateOnStart();
        }

        services.TryAddSingleton(TimeProvider.System);

        var hubSpot = HubSpotClientRegistration.Register(services);
        var axcelerate = AxcelerateClientRegistration.Register(services);
        StorageRegistration.Register(services);
        Axcelerate.HubSpot.Coordination.CoordinationRegistration.Register(services);
        MatchingRegistration.Register(services);
        FieldMappingRegistration.Register(services);
        SettingsRegistration.Register(services);
        UsersRegistration.Register(services);
        DealsRegistration.Register(services);
        OutgoingLogRegistration.Register(services);
        Axcelerate.HubSpot.Import.ImportRegistration.Register(services);
        Axcelerate.HubSpot.Linking.LinkingRegistration.Register(services);
        Axcelerate.HubSpot.Engagements.EngagementRegistration.Register(services);
        Axcelerate.HubSpot.Webhooks.WebhookReceivingRegistration.Register(services);
        Axcelerate.HubSpot.Webhooks.AxcelerateWebhookRegistration.Register(services);
        Axcelerate.HubSpot.Webhooks.WebhookProcessingRegistration.Register(services);
        IncomingLogRegistration.Register(services);
        Axcelerate.HubSpot.Push.ContactPushRegistration.Register(services);
        return new HubSpotIntegrationBuilder(services, hubSpot, axcelerate);
    }

    /// <summary>Marks a service collection the integration was added to, so a second call adds no second start-up validation.</summary>
    private sealed class HubSpotIntegrationMarker;
}
