namespace Axcelerate.HubSpot.Import;

/// <summary>Where a running import stands, reported after every record.</summary>
/// <param name="Entity">The kind of record being imported.</param>
/// <param name="Done">Records handled so far in this call.</param>
/// <param name="Total">Records to handle in this call when known (one page: its size; auto-import: null until the last page is read).</param>
/// <param name="Created">Records created in aXcelerate.</param>
/// <param name="Linked">Records linked to a matching aXcelerate record.</param>
/// <param name="Updated">Linked records updated.</param>
/// <param name="Unchanged">Linked records with nothing to write.</param>
/// <param name="Skipped">Records left alone (not selected, excluded, no key).</param>
/// <param name="Ambiguous">Records that matched several aXcelerate records.</param>
/// <param name="Failed">Records that failed.</param>
public sealed record ImportProgress(
    MappedEntity Entity,
    int Done,
    int? Total,
    int Created,
    int Linked,
    int Updated,
    int Unchanged,
    int Skipped,
    int Ambiguous,
    int Failed)
{
    /// <summary>
    /// The record just handled, with its outcome as it was done (whatever the report keeps of it); null when the report
    /// is not about one record. A note added after its page (HubSpot refusing its aXcelerate id) is in the report only.
    /// </summary>
    public ImportRecordResult? Record { get; init; }
}
