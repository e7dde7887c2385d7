namespace Axcelerate.HubSpot.Import;

/// <summary>The result of a Sync Fields call: every linked record's outcome, the totals, and where the next page starts.</summary>
public sealed class FieldSyncReport
{
    internal FieldSyncReport(FieldSyncDirection direction, IReadOnlyList<string> fields, bool dryRun, IReadOnlyList<FieldSyncRecordResult> records, int pages, string? continuationToken)
    {
        Direction = direction;
        Fields = fields;
        DryRun = dryRun;
        Records = records;
        Pages = pages;
        ContinuationToken = continuationToken;
    }

    /// <summary>Push or pull.</summary>
    public FieldSyncDirection Direction { get; }

    /// <summary>The HubSpot properties of the fields synchronised, as their mappings spell them.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>True when nothing was written and the outcomes say what would have happened.</summary>
    public bool DryRun { get; }

    /// <summary>Every linked record handled, in aXcelerate id order, with its outcome and reason.</summary>
    public IReadOnlyList<FieldSyncRecordResult> Records { get; }

    /// <summary>How many pages of linked records were synchronised.</summary>
    public int Pages { get; }

    /// <summary>The token of the next page ("Next"), or null when the last page was synchronised.</summary>
    public string? ContinuationToken { get; }

    /// <summary>True when the last page was synchronised.</summary>
    public bool IsComplete => ContinuationToken is null;

    /// <summary>Records written.</summary>
    public int Updated => Count(FieldSyncOutcome.Updated);

    /// <summary>Records with nothing to write.</summary>
    public int Unchanged => Count(FieldSyncOutcome.Unchanged);

    /// <summary>Records that failed.</summary>
    public int Failed => Count(FieldSyncOutcome.Failed);

    private int Count(FieldSyncOutcome outcome) => Records.Count(r => r.Outcome == outcome);
}
