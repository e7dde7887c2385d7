using Axcelerate.HubSpot.HubSpotApi.Auth;

namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// Everything the integration persists, implemented by one provider (in-memory, SQLite, or a host's own, e.g.
/// PostgreSQL for several instances). Register a provider with <c>builder.UseStore(...)</c>; each part is then
/// resolvable on its own interface.
/// </summary>
/// <remarks>
/// Contract for providers: timestamps are UTC and come from the injected <see cref="TimeProvider"/>; every single write
/// is atomic without process-local locks (unique keys, conditional updates, transactions), so several hosts may share
/// one database.
/// </remarks>
public interface IIntegrationStore :
    IRecordLinkStore,
    IUserLinkStore,
    IFieldMappingStore,
    IDealStageMapStore,
    ISyncSettingsStore,
    IImportCheckpointStore,
    IFieldSyncCheckpointStore,
    IPollWatermarkStore,
    IIncomingLogStore,
    IOutgoingLogStore,
    IWebhooksJournalOffsetStore,
    ILeaseStore,
    IRateBudgetStore,
    IHubSpotTokenStore
{
}
