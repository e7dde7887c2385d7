using Axcelerate.HubSpot;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Mapping;
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
    /// <param name="configure">Sets the options; they are validated when first used and at host start.</param>
    /// <returns>A builder to choose the store and customise the HTTP clients.</returns>
    /// <remarks>
    /// Calling it again adds further configuration and registers no service twice. The Web Service user is set with
    /// <c>services.Configure&lt;UserLinkOptions&gt;(...)</c> in this overload.
    /// </remarks>
    public static HubSpotIntegrationBuilder AddHubSpotIntegration(this IServiceCollection services, Action<HubSpotIntegrationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<HubSpotIntegrationOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>Registers the integration, bound from a configuration section (by default <c>HubSpotIntegration</c>).</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration root.</param>
    /// <param name="sectionName">The section holding the <c>HubSpot</c> and <c>Axcelerate</c> keys.</param>
    /// <returns>A builder to choose the store and customise the HTTP clients.</returns>
    public static HubSpotIntegrationBuilder AddHubSpotIntegration(
        this IServiceCollection services,
        IConfiguration configuration,
        string sectionName = HubSpotIntegrationOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);
        var section = configuration.GetSection(sectionName);
        services.AddOptions<HubSpotIntegrationOptions>().Bind(section);
        UsersRegistration.BindFrom(services, section, sectionName);
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
        MappingServiceRegistration.Register(services);
        return new HubSpotIntegrationBuilder(services, hubSpot, axcelerate);
    }

    /// <summary>Marks a service collection the integration was added to, so a second call adds no second start-up validation.</summary>
    private sealed class HubSpotIntegrationMarker;
}
