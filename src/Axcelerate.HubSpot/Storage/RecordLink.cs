namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// A lasting link between an aXcelerate record and a HubSpot record. Once linked, records are found by these ids,
/// never matched again by email or name. Each side is linked at most once per entity.
/// </summary>
/// <param name="Entity">The kind of record.</param>
/// <param name="AxcelerateId">The aXcelerate id (contact id, organisation id or task id).</param>
/// <param name="HubSpotId">The HubSpot object id.</param>
/// <param name="LinkedAt">When the link was made (UTC).</param>
public sealed record RecordLink(MappedEntity Entity, long AxcelerateId, string HubSpotId, DateTimeOffset LinkedAt)
{
    /// <summary>The values last written into HubSpot for this record, or null when none were.</summary>
    public SyncStamp? LastSyncedToHubSpot { get; init; }

    /// <summary>The values last written into aXcelerate for this record, or null when none were.</summary>
    public SyncStamp? LastSyncedToAxcelerate { get; init; }

    /// <summary>Returns the stamp for one direction.</summary>
    /// <param name="direction">The direction asked about.</param>
    /// <returns>The stamp, or null when nothing was synced that way.</returns>
    public SyncStamp? LastSynced(SyncDirection direction) =>
        direction == SyncDirection.ToHubSpot ? LastSyncedToHubSpot : LastSyncedToAxcelerate;
}
