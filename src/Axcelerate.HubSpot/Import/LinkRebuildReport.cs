namespace Axcelerate.HubSpot.Import;

/// <summary>What <see cref="IImportOrchestrator.RebuildLinksAsync"/> did: links restored from HubSpot's aXcelerate ids, and the ones it could not restore.</summary>
/// <param name="Entity">The kind of record.</param>
/// <param name="Restored">Links written to the store.</param>
/// <param name="AlreadyLinked">HubSpot records already linked to the aXcelerate id they carry.</param>
/// <param name="Conflicts">Records whose HubSpot or aXcelerate side is already linked to another record (left alone).</param>
/// <param name="Missing">Records whose aXcelerate id names no aXcelerate record (or is not an id).</param>
public sealed record LinkRebuildReport(
    MappedEntity Entity,
    int Restored,
    int AlreadyLinked,
    IReadOnlyList<LinkRebuildIssue> Conflicts,
    IReadOnlyList<LinkRebuildIssue> Missing);

/// <summary>A HubSpot record whose link could not be restored.</summary>
/// <param name="HubSpotId">The HubSpot record id.</param>
/// <param name="AxcelerateId">The aXcelerate id it carries; null when its value is not an id.</param>
/// <param name="Reason">Why the link was not restored.</param>
public sealed record LinkRebuildIssue(string HubSpotId, long? AxcelerateId, string Reason);
