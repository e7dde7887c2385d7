namespace Axcelerate.HubSpot.Import;

/// <summary>What to import: the entity, where to start, which records, and whether to write.</summary>
/// <param name="Entity">The kind of record: contacts, organisations (companies) or opportunities (deals).</param>
public sealed record ImportRequest(MappedEntity Entity)
{
    /// <summary>
    /// Where to start: the <see cref="ImportReport.ContinuationToken"/> of an earlier call ("next page"). Null resumes
    /// from the stored checkpoint when an import of the entity is unfinished, and starts from the first page otherwise.
    /// </summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Ignores the stored checkpoint and starts from the first page (a new import); the default is to resume.</summary>
    public bool StartOver { get; init; }

    /// <summary>HubSpot records per page, 1 to 100; null uses <see cref="ImportOptions.PageSize"/> (50 by default).</summary>
    public int? PageSize { get; init; }

    /// <summary>When set, only these HubSpot ids of each page are imported; the others are reported as skipped.</summary>
    public IReadOnlySet<string>? Include { get; init; }

    /// <summary>HubSpot ids of each page that are not imported (reported as skipped).</summary>
    public IReadOnlySet<string>? Exclude { get; init; }

    /// <summary>Reports what each record would get and writes nothing: neither system, nor links, nor the checkpoint.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Which records the report keeps (<see cref="ImportReport.Records"/>): all of them (the default), only those needing
    /// attention, or none. The counts are exact either way, and <see cref="ImportProgress.Record"/> tells every record as it
    /// is done. Use <see cref="ImportReportRecords.NeedingAttention"/> with <see cref="IImportOrchestrator.ImportAllAsync"/>
    /// on a large portal, so that the report does not hold a result per record of the portal.
    /// </summary>
    public ImportReportRecords ReportRecords { get; init; }
}
