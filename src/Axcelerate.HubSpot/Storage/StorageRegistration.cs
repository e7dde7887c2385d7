using Axcelerate.HubSpot.HubSpotApi.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// Registers the store seam (every store part resolves to the one chosen store); called by
/// <c>AddHubSpotIntegration</c>, safe to call repeatedly.
/// </summary>
internal static class StorageRegistration
{
    public static void Register(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(Marker)))
        {
            return;
        }

        services.AddSingleton<Marker>();

        // Until a provider is chosen, resolving any store part fails with a message saying how to choose one.
        services.TryAddSingleton<IIntegrationStore>(_ => throw new InvalidOperationException(
            "No integration store was chosen. Call .UseSqliteStore(\"Data Source=axcelerate-hubspot.db\") (package Axcelerate.HubSpot.Sqlite) " +
            "or .UseInMemoryStore() (tests and demos only) on the builder returned by AddHubSpotIntegration."));
        services.TryAddSingleton<IRecordLinkStore>(Part);
        services.TryAddSingleton<IUserLinkStore>(Part);
        services.TryAddSingleton<IFieldMappingStore>(Part);
        services.TryAddSingleton<IDealStageMapStore>(Part);
        services.TryAddSingleton<ISyncSettingsStore>(Part);
        services.TryAddSingleton<IImportCheckpointStore>(Part);
        services.TryAddSingleton<IFieldSyncCheckpointStore>(Part);
        services.TryAddSingleton<IPollWatermarkStore>(Part);
        services.TryAddSingleton<IIncomingLogStore>(Part);
        services.TryAddSingleton<IOutgoingLogStore>(Part);
        services.TryAddSingleton<IWebhooksJournalOffsetStore>(Part);
        services.TryAddSingleton<ILeaseStore>(Part);
        services.TryAddSingleton<IRateBudgetStore>(Part);
    }

    /// <summary>
    /// Makes <paramref name="factory"/> the store behind every part, and the OAuth token store unless the host
    /// registered a token store of its own.
    /// </summary>
    public static void UseStore(IServiceCollection services, Func<IServiceProvider, IIntegrationStore> factory)
    {
        services.RemoveAll<IIntegrationStore>();
        services.AddSingleton(factory);

        // Replaces only the HubSpot client's in-memory default (or a store chosen before); a host's own token store stays.
        var defaults = services
            .Where(d => d.ServiceType == typeof(IHubSpotTokenStore) &&
                (d.ImplementationType == typeof(InMemoryHubSpotTokenStore) || ReferenceEquals(d.ImplementationFactory, TokenStorePart)))
            .ToList();
        foreach (var descriptor in defaults)
        {
            services.Remove(descriptor);
        }

        services.TryAdd(ServiceDescriptor.Singleton(typeof(IHubSpotTokenStore), TokenStorePart));
    }

    private static readonly Func<IServiceProvider, object> TokenStorePart = Part;

    private static IIntegrationStore Part(IServiceProvider provider) => provider.GetRequiredService<IIntegrationStore>();

    private sealed class Marker;
}
