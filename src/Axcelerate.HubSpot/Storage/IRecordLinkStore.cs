namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// Keeps the links between aXcelerate and HubSpot records. A link is unique on both sides per entity; every write is a
/// single atomic statement, so several host instances may share one database.
/// </summary>
public interface IRecordLinkStore
{
    /// <summary>Finds the link of an aXcelerate record.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="axcelerateId">The aXcelerate id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The link, or null when the record is not linked.</returns>
    ValueTask<RecordLink?> FindByAxcelerateIdAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken = default);

    /// <summary>Finds the link of a HubSpot record.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="hubSpotId">The HubSpot object id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The link, or null when the record is not linked.</returns>
    ValueTask<RecordLink?> FindByHubSpotIdAsync(MappedEntity entity, string hubSpotId, CancellationToken cancellationToken = default);

    /// <summary>Finds the links of many HubSpot records in one read (an import page, a webhook batch).</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="hubSpotIds">The HubSpot object ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The links found, keyed by HubSpot id; ids without a link are absent.</returns>
    ValueTask<IReadOnlyDictionary<string, RecordLink>> FindByHubSpotIdsAsync(MappedEntity entity, IReadOnlyCollection<string> hubSpotIds, CancellationToken cancellationToken = default);

    /// <summary>Finds the links of many aXcelerate records in one read.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="axcelerateIds">The aXcelerate ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The links found, keyed by aXcelerate id; ids without a link are absent.</returns>
    ValueTask<IReadOnlyDictionary<long, RecordLink>> FindByAxcelerateIdsAsync(MappedEntity entity, IReadOnlyCollection<long> axcelerateIds, CancellationToken cancellationToken = default);

    /// <summary>Links two records. Linking the same pair again is harmless and returns the existing link.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="axcelerateId">The aXcelerate id.</param>
    /// <param name="hubSpotId">The HubSpot object id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored link.</returns>
    /// <exception cref="StoreConflictException">Either record is already linked to a different record.</exception>
    ValueTask<RecordLink> LinkAsync(MappedEntity entity, long axcelerateId, string hubSpotId, CancellationToken cancellationToken = default);

    /// <summary>Removes the link of an aXcelerate record.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="axcelerateId">The aXcelerate id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a link was removed.</returns>
    ValueTask<bool> UnlinkAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken = default);

    /// <summary>Points a link at a new HubSpot id, as after HubSpot merged the linked record into another one.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="oldHubSpotId">The HubSpot id that no longer exists.</param>
    /// <param name="newHubSpotId">The surviving HubSpot id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a link was re-pointed; false when <paramref name="oldHubSpotId"/> was not linked.</returns>
    /// <exception cref="StoreConflictException">The new HubSpot id is already linked to another record.</exception>
    ValueTask<bool> ReplaceHubSpotIdAsync(MappedEntity entity, string oldHubSpotId, string newHubSpotId, CancellationToken cancellationToken = default);

    /// <summary>Remembers what was just written one way for a linked record, stamped with the store's clock (UTC).</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="axcelerateId">The aXcelerate id of the linked record.</param>
    /// <param name="direction">Which way the values went.</param>
    /// <param name="valuesHash">A hash of the normalised values written.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The updated link, or null when the record is not linked.</returns>
    ValueTask<RecordLink?> RecordSyncAsync(MappedEntity entity, long axcelerateId, SyncDirection direction, string valuesHash, CancellationToken cancellationToken = default);

    /// <summary>Lists the links of one entity in aXcelerate id order, a page at a time.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="pageSize">Rows per page, 1 to 1000.</param>
    /// <param name="continuationToken">The token of the previous page, or null for the first.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One page of links.</returns>
    ValueTask<StorePage<RecordLink>> ListRecordLinksAsync(MappedEntity entity, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default);
}
