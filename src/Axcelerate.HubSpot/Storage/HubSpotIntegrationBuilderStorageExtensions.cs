using Axcelerate.HubSpot;
using Axcelerate.HubSpot.Storage;

// Extensions of the builder live beside AddHubSpotIntegration's namespace so they are found without extra usings.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Chooses the store behind the integration.</summary>
public static class HubSpotIntegrationBuilderStorageExtensions
{
    /// <summary>
    /// Keeps everything in process memory (lost on exit): for tests and demos. It replaces any store chosen before,
    /// and serves the OAuth token store unless the host registered one of its own.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHubSpotIntegration</c>.</param>
    /// <returns>The same builder.</returns>
    public static HubSpotIntegrationBuilder UseInMemoryStore(this HubSpotIntegrationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseStore(provider => new InMemoryIntegrationStore(provider.GetService<TimeProvider>()));
    }

    /// <summary>
    /// Uses a store provider of your own (for example PostgreSQL for several host instances). It becomes the single
    /// instance behind every store interface, replacing any store chosen before, and the OAuth token store unless the
    /// host registered an <c>IHubSpotTokenStore</c> of its own.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHubSpotIntegration</c>.</param>
    /// <param name="factory">Creates the store once, on first use.</param>
    /// <returns>The same builder.</returns>
    public static HubSpotIntegrationBuilder UseStore(this HubSpotIntegrationBuilder builder, Func<IServiceProvider, IIntegrationStore> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        StorageRegistration.UseStore(builder.Services, factory);
        return builder;
    }
}
