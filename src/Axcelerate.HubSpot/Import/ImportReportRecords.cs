namespace Axcelerate.HubSpot.Import;

/// <summary>
/// Which records an <see cref="ImportReport"/> keeps in <see cref="ImportReport.Records"/>. The counts are always exact;
/// every record, whatever is kept, is also told as it is done through <see cref="ImportProgress.Record"/>.
/// </summary>
public enum ImportReportRecords
{
    /// <summary>Every record handled (the default). An import of a whole portal holds one result per record.</summary>
    All = 0,

    /// <summary>
    /// Only the records that need attention: failed, ambiguous and skipped ones, and any other with a reason (e.g. a
    /// create whose aXcelerate id HubSpot refused). The report then stays small however large the portal is.
    /// </summary>
    NeedingAttention = 1,

    /// <summary>No records: the counts, pages and continuation token only.</summary>
    None = 2,
}
