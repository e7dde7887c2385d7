using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.PostgreSql;

/// <content>
/// The store's operations. Their logic is shared with the other SQL store (<c>src/Shared/AdoNet</c>, compiled into both
/// packages); this package supplies the dialect (<see cref="PostgreSqlStoreCore"/>) and its own public type.
/// </content>
public sealed partial class PostgreSqlIntegrationStore
{
    // User links

    /// <inheritdoc />
    public ValueTask<UserLink?> GetUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default) =>
        _core.GetUserLinkAsync(hubSpotOwnerId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<UserLink>> ListUserLinksAsync(CancellationToken cancellationToken = default) =>
        _core.ListUserLinksAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask<UserLink> SetUserLinkAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken = default) =>
        _core.SetUserLinkAsync(hubSpotOwnerId, axcelerateContactId, email, method, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> AddUserLinkIfAbsentAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken = default) =>
        _core.AddUserLinkIfAbsentAsync(hubSpotOwnerId, axcelerateContactId, email, method, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> RemoveUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default) =>
        _core.RemoveUserLinkAsync(hubSpotOwnerId, cancellationToken);

    // Record links

    /// <inheritdoc />
    public ValueTask<RecordLink?> FindByAxcelerateIdAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken = default) =>
        _core.FindByAxcelerateIdAsync(entity, axcelerateId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RecordLink?> FindByHubSpotIdAsync(MappedEntity entity, string hubSpotId, CancellationToken cancellationToken = default) =>
        _core.FindByHubSpotIdAsync(entity, hubSpotId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, RecordLink>> FindByHubSpotIdsAsync(MappedEntity entity, IReadOnlyCollection<string> hubSpotIds, CancellationToken cancellationToken = default) =>
        _core.FindByHubSpotIdsAsync(entity, hubSpotIds, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<long, RecordLink>> FindByAxcelerateIdsAsync(MappedEntity entity, IReadOnlyCollection<long> axcelerateIds, CancellationToken cancellationToken = default) =>
        _core.FindByAxcelerateIdsAsync(entity, axcelerateIds, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RecordLink> LinkAsync(MappedEntity entity, long axcelerateId, string hubSpotId, CancellationToken cancellationToken = default) =>
        _core.LinkAsync(entity, axcelerateId, hubSpotId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> UnlinkAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken = default) =>
        _core.UnlinkAsync(entity, axcelerateId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> ReplaceHubSpotIdAsync(MappedEntity entity, string oldHubSpotId, string newHubSpotId, CancellationToken cancellationToken = default) =>
        _core.ReplaceHubSpotIdAsync(entity, oldHubSpotId, newHubSpotId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RecordLink?> RecordSyncAsync(MappedEntity entity, long axcelerateId, SyncDirection direction, string valuesHash, CancellationToken cancellationToken = default) =>
        _core.RecordSyncAsync(entity, axcelerateId, direction, valuesHash, cancellationToken);

    /// <inheritdoc />
    public ValueTask<StorePage<RecordLink>> ListRecordLinksAsync(MappedEntity entity, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default) =>
        _core.ListRecordLinksAsync(entity, pageSize, continuationToken, cancellationToken);

    // Field mappings

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<FieldMapping>> ListFieldMappingsAsync(MappedEntity entity, CancellationToken cancellationToken = default) =>
        _core.ListFieldMappingsAsync(entity, cancellationToken);

    /// <inheritdoc />
    public ValueTask UpsertFieldMappingAsync(FieldMapping mapping, CancellationToken cancellationToken = default) =>
        _core.UpsertFieldMappingAsync(mapping, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> SetFieldMappingActiveAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, bool isActive, CancellationToken cancellationToken = default) =>
        _core.SetFieldMappingActiveAsync(entity, axcelerateField, hubSpotProperty, isActive, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> DeleteFieldMappingAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, CancellationToken cancellationToken = default) =>
        _core.DeleteFieldMappingAsync(entity, axcelerateField, hubSpotProperty, cancellationToken);

    /// <inheritdoc />
    public ValueTask ReplaceFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> mappings, CancellationToken cancellationToken = default) =>
        _core.ReplaceFieldMappingsAsync(entity, mappings, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> SeedDefaultFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> defaults, CancellationToken cancellationToken = default) =>
        _core.SeedDefaultFieldMappingsAsync(entity, defaults, cancellationToken);

    // Deal-stage map, sync switches, import checkpoints, HubSpot tokens

    /// <inheritdoc />
    public ValueTask<DealStageMap?> GetDealStageMapAsync(CancellationToken cancellationToken = default) =>
        _core.GetDealStageMapAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask<DealStageMap> SaveDealStageMapAsync(string pipelineId, string pipelineLabel, IReadOnlyList<DealStageMapEntry> entries, CancellationToken cancellationToken = default) =>
        _core.SaveDealStageMapAsync(pipelineId, pipelineLabel, entries, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<SyncFlow, bool>> GetSyncSettingsAsync(CancellationToken cancellationToken = default) =>
        _core.GetSyncSettingsAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask SetSyncSettingsAsync(IReadOnlyDictionary<SyncFlow, bool> switches, CancellationToken cancellationToken = default) =>
        _core.SetSyncSettingsAsync(switches, cancellationToken);

    /// <inheritdoc />
    public ValueTask<ImportCheckpoint?> GetCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default) =>
        _core.GetCheckpointAsync(entity, cancellationToken);

    /// <inheritdoc />
    public ValueTask<ImportCheckpoint> SaveCheckpointAsync(ImportCheckpoint checkpoint, CancellationToken cancellationToken = default) =>
        _core.SaveCheckpointAsync(checkpoint, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> DeleteCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default) =>
        _core.DeleteCheckpointAsync(entity, cancellationToken);

    /// <inheritdoc />
    public ValueTask<HubSpotTokenSet?> GetAsync(CancellationToken cancellationToken = default) =>
        _core.GetTokensAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask SaveAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken = default) =>
        _core.SaveTokensAsync(tokens, cancellationToken);

    /// <inheritdoc />
    public ValueTask ClearAsync(CancellationToken cancellationToken = default) =>
        _core.ClearTokensAsync(cancellationToken);

    // Sync Fields cursors

    /// <inheritdoc />
    public ValueTask<string?> GetFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default) =>
        _core.GetFieldSyncCursorAsync(syncKey, cancellationToken);

    /// <inheritdoc />
    public ValueTask SaveFieldSyncCursorAsync(string syncKey, string cursor, CancellationToken cancellationToken = default) =>
        _core.SaveFieldSyncCursorAsync(syncKey, cursor, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> DeleteFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default) =>
        _core.DeleteFieldSyncCursorAsync(syncKey, cancellationToken);

    // Poll watermarks

    /// <inheritdoc />
    public ValueTask<DateOnly?> GetPollWatermarkAsync(string pollKey, CancellationToken cancellationToken = default) =>
        _core.GetPollWatermarkAsync(pollKey, cancellationToken);

    /// <inheritdoc />
    public ValueTask SavePollWatermarkAsync(string pollKey, DateOnly day, CancellationToken cancellationToken = default) =>
        _core.SavePollWatermarkAsync(pollKey, day, cancellationToken);

    // Webhooks Journal checkpoints

    /// <inheritdoc />
    public ValueTask<WebhooksJournalCheckpoint?> GetJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken = default) =>
        _core.GetJournalCheckpointAsync(journalKey, cancellationToken);

    /// <inheritdoc />
    public ValueTask<WebhooksJournalCheckpoint> SaveJournalCheckpointAsync(WebhooksJournalCheckpoint checkpoint, CancellationToken cancellationToken = default) =>
        _core.SaveJournalCheckpointAsync(checkpoint, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> DeleteJournalCheckpointAsync(string journalKey, CancellationToken cancellationToken = default) =>
        _core.DeleteJournalCheckpointAsync(journalKey, cancellationToken);

    // Incoming log

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<IncomingAppendResult>> AppendIncomingAsync(IReadOnlyList<NewIncomingEvent> events, CancellationToken cancellationToken = default) =>
        _core.AppendIncomingAsync(events, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IncomingLogEntry?> GetIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        _core.GetIncomingAsync(id, cancellationToken);

    /// <inheritdoc />
    public ValueTask<StorePage<IncomingLogEntry>> QueryIncomingAsync(IncomingLogQuery query, CancellationToken cancellationToken = default) =>
        _core.QueryIncomingAsync(query, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<IncomingLogEntry>> ClaimDueIncomingAsync(int maxCount, TimeSpan lease, CancellationToken cancellationToken = default) =>
        _core.ClaimDueIncomingAsync(maxCount, lease, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IncomingLogEntry?> TryClaimIncomingAsync(long id, TimeSpan lease, CancellationToken cancellationToken = default) =>
        _core.TryClaimIncomingAsync(id, lease, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> CompleteIncomingAsync(IncomingCompletion completion, CancellationToken cancellationToken = default) =>
        _core.CompleteIncomingAsync(completion, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> MarkIncomingAsync(long id, IncomingStatus status, string? error = null, CancellationToken cancellationToken = default) =>
        _core.MarkIncomingAsync(id, status, error, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> ResetIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        _core.ResetIncomingAsync(id, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> DeleteIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        _core.DeleteIncomingAsync(id, cancellationToken);

    /// <inheritdoc />
    public ValueTask<int> DeleteIncomingOlderThanAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default) =>
        _core.DeleteIncomingOlderThanAsync(receivedBefore, cancellationToken);

    /// <inheritdoc />
    public ValueTask<int> TrimIncomingAsync(int keepNewest, CancellationToken cancellationToken = default) =>
        _core.TrimIncomingAsync(keepNewest, cancellationToken);

    // Outgoing log

    /// <inheritdoc />
    public ValueTask<OutgoingLogEntry> AppendOutgoingAsync(NewOutgoingEntry entry, CancellationToken cancellationToken = default) =>
        _core.AppendOutgoingAsync(entry, cancellationToken);

    /// <inheritdoc />
    public ValueTask<OutgoingLogEntry?> GetOutgoingAsync(long id, CancellationToken cancellationToken = default) =>
        _core.GetOutgoingAsync(id, cancellationToken);

    /// <inheritdoc />
    public ValueTask<StorePage<OutgoingLogEntry>> QueryOutgoingAsync(OutgoingLogQuery query, CancellationToken cancellationToken = default) =>
        _core.QueryOutgoingAsync(query, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> DeleteOutgoingAsync(long id, CancellationToken cancellationToken = default) =>
        _core.DeleteOutgoingAsync(id, cancellationToken);

    /// <inheritdoc />
    public ValueTask<int> DeleteOutgoingOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        _core.DeleteOutgoingOlderThanAsync(before, cancellationToken);

    /// <inheritdoc />
    public ValueTask<int> DeleteOutgoingBeyondAsync(int keep, CancellationToken cancellationToken = default) =>
        _core.DeleteOutgoingBeyondAsync(keep, cancellationToken);

    // Leases and rate budgets

    /// <inheritdoc />
    public ValueTask<StoreLease?> TryAcquireLeaseAsync(string leaseName, string holder, TimeSpan duration, CancellationToken cancellationToken = default) =>
        _core.TryAcquireLeaseAsync(leaseName, holder, duration, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> ReleaseLeaseAsync(string leaseName, string holder, CancellationToken cancellationToken = default) =>
        _core.ReleaseLeaseAsync(leaseName, holder, cancellationToken);

    /// <inheritdoc />
    public ValueTask<StoreLease?> GetLeaseAsync(string leaseName, CancellationToken cancellationToken = default) =>
        _core.GetLeaseAsync(leaseName, cancellationToken);

    /// <inheritdoc />
    public ValueTask<int> TakeRatePermitsAsync(string budgetName, int requested, int limit, TimeSpan window, CancellationToken cancellationToken = default) =>
        _core.TakeRatePermitsAsync(budgetName, requested, limit, window, cancellationToken);
}
