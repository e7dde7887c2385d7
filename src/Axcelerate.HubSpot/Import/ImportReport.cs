namespace Axcelerate.HubSpot.Import;

/// <summary>The result of an import call: the records' outcomes (as <see cref="ImportRequest.ReportRecords"/> keeps them), the totals, and where the next page starts.</summary>
public sealed class ImportReport
{
    private readonly int[] _counts;

    internal ImportReport(MappedEntity entity, bool dryRun, IReadOnlyList<ImportRecordResult> records, int pages, string? continuationToken, int[]? counts = null, ImportReportRecords kept = ImportReportRecords.All)
    {
        Entity = entity;
        DryRun = dryRun;
        Records = records;
        Pages = pages;
        ContinuationToken = continuationToken;
        RecordsKept = kept;
        _counts = counts ?? [.. Enum.GetValues<ImportOutcome>().Select(o => records.Count(r => r.Outcome == o))];
    }

    /// <summary>The kind of record imported.</summary>
    public MappedEntity Entity { get; }

    /// <summary>True when nothing was written and the outcomes say what would have happened.</summary>
    public bool DryRun { get; }

    /// <summary>The records handled, in page order, with their outcome and reason: every one, or those <see cref="RecordsKept"/> says.</summary>
    public IReadOnlyList<ImportRecordResult> Records { get; }

    /// <summary>Which records <see cref="Records"/> holds (<see cref="ImportRequest.ReportRecords"/>); the counts cover every record either way.</summary>
    public ImportReportRecords RecordsKept { get; }

    /// <summary>How many records this call handled, whatever their outcome (the sum of the counts).</summary>
    public int Done => _counts.Sum();

    /// <summary>How many HubSpot pages were imported.</summary>
    public int Pages { get; }

    /// <summary>The token of the next page ("next page"), or null when the last page was imported.</summary>
    public string? ContinuationToken { get; }

    /// <summary>True when the last page was imported.</summary>
    public bool IsComplete => ContinuationToken is null && StopReason is null;

    /// <summary>
    /// Set when the import stopped early because HubSpot's daily API limit is spent: when the limit resets (midnight in
    /// the portal's time zone) and the import can go on. Run it again after this; it resumes from its checkpoint.
    /// Null when the import was not stopped.
    /// </summary>
    public DateTimeOffset? ResumeAfter { get; internal init; }

    /// <summary>Why the import stopped before its last page (e.g. HubSpot's daily limit, with when it can go on); null when it was not stopped.</summary>
    public string? StopReason { get; internal init; }

    /// <summary>Records created in aXcelerate.</summary>
    public int Created => Count(ImportOutcome.Created);

    /// <summary>Records linked to a matching aXcelerate record.</summary>
    public int Linked => Count(ImportOutcome.Linked);

    /// <summary>Linked records updated.</summary>
    public int Updated => Count(ImportOutcome.Updated);

    /// <summary>Linked records with nothing to write.</summary>
    public int Unchanged => Count(ImportOutcome.Unchanged);

    /// <summary>Records left alone.</summary>
    public int Skipped => Count(ImportOutcome.Skipped);

    /// <summary>Records that matched several aXcelerate records.</summary>
    public int Ambiguous => Count(ImportOutcome.Ambiguous);

    /// <summary>Records that failed.</summary>
    public int Failed => Count(ImportOutcome.Failed);

    private int Count(ImportOutcome outcome) => _counts[(int)outcome];
}
