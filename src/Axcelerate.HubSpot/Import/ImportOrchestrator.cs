using Axcelerate.HubSpot.Coordination;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Import;

/// <summary>
/// Pages through HubSpot's list endpoint, imports each page, and checkpoints after every page. A run that writes holds
/// the entity's <c>import:</c> lease while it works, so one import of an entity runs at a time across every instance
/// sharing the store; a second is refused with <see cref="ImportAlreadyRunningException"/>.
/// </summary>
internal sealed class ImportOrchestrator(
    IHubSpotClient hubSpot,
    IFieldMappingService mappings,
    IImportCheckpointStore checkpoints,
    ContactImporter contacts,
    OrganisationImporter organisations,
    OpportunityImporter opportunities,
    AxcelerateIdProperty idProperty,
    IRecordLinkStore links,
    HubSpotApi.Resilience.HubSpotRateGovernor governor,
    ExclusiveWork exclusive,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider timeProvider,
    IntegrationTelemetry telemetry,
    ILogger<ImportOrchestrator> logger) : IImportOrchestrator
{
    private const string RebuildOperation = "rebuild-links";

    public Task<ImportReport> ImportPageAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunExclusiveAsync(request, allPages: false, progress, cancellationToken);

    public Task<ImportReport> ImportAllAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunExclusiveAsync(request, allPages: true, progress, cancellationToken);

    // A dry run writes nothing, so it needs no lease; a run that writes holds the entity's lease or is refused.
    private async Task<ImportReport> RunExclusiveAsync(ImportRequest request, bool allPages, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DryRun)
        {
            return await RunAsync(request, allPages, progress, cancellationToken).ConfigureAwait(false);
        }

        var outcome = await exclusive.TryRunAsync(
            WorkLeases.Import(request.Entity),
            token => RunAsync(request, allPages, progress, token),
            perRun: true,
            cancellationToken).ConfigureAwait(false);
        return outcome.Ran
            ? outcome.Value!
            : throw new ImportAlreadyRunningException(request.Entity, outcome.HeldBy?.Holder, outcome.HeldBy?.ExpiresAt);
    }

    public async Task<ImportCheckpoint?> GetCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default) =>
        await checkpoints.GetCheckpointAsync(entity, cancellationToken).ConfigureAwait(false);

    public async Task ResetAsync(MappedEntity entity, CancellationToken cancellationToken = default) =>
        await checkpoints.DeleteCheckpointAsync(entity, cancellationToken).ConfigureAwait(false);

    private async Task<ImportReport> RunAsync(ImportRequest request, bool allPages, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = IntegrationTelemetry.StartOperation(allPages ? "import.all" : "import.page", request.Entity);
        activity?.SetTag("dry_run", request.DryRun);
        var importer = ImporterOf(request.Entity);
        var pageSize = request.PageSize ?? options.CurrentValue.Import.PageSize;
        if (pageSize is < 1 or > ImportOptions.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(request), pageSize, $"ImportRequest.PageSize must be between 1 and {ImportOptions.MaxPageSize}; {pageSize} is not.");
        }

        var plan = await mappings.GetPlanAsync(request.Entity, cancellationToken).ConfigureAwait(false);
        var writeIds = options.CurrentValue.Import.WriteAxcelerateIdToHubSpot && !request.DryRun;
        var source = importer.Source(hubSpot);
        var listOptions = new HubSpotListOptions
        {
            PageSize = pageSize,
            Properties = plan.Fields.Select(f => f.HubSpotProperty)
                .Concat(importer.KeyProperties)
                .Concat(writeIds ? [ImportOptions.AxcelerateIdProperty] : [])
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList(),
        };

        // Before anything is written: a whole run (Auto-Import, or the first page of a new run) must fit today's budget.
        var stored = await checkpoints.GetCheckpointAsync(request.Entity, cancellationToken).ConfigureAwait(false);
        var records = new List<ImportRecordResult>();
        var kept = 0; // records[..kept] are what the report keeps; the current page is kept whole until it is done
        var tally = new Tally(request.Entity);
        var pages = 0;
        var token = request.ContinuationToken ?? (!request.StartOver && stored is { IsComplete: false } ? stored.Cursor : null);
        try
        {
        var newRun = request.ContinuationToken is null && (request.StartOver || stored is not { IsComplete: false });
        bool? propertyExists = null;
        var run = new ImportRun();
        if (allPages || newRun)
        {
            var done = newRun || stored is null ? 0 : TotalOf(stored.Counts);
            (propertyExists, run.RemainingRecords) = await CheckBudgetAsync(request.Entity, importer, source, pageSize, writeIds, done, cancellationToken).ConfigureAwait(false);
        }

        if (writeIds)
        {
            using (OutgoingCallContext.Begin(EntityImporter.Operation, request.Entity))
            {
                await idProperty.EnsureAsync(source.ObjectType, propertyExists, cancellationToken).ConfigureAwait(false);
            }
        }

        ImportCheckpoint checkpoint;
        (checkpoint, token) = await StartAsync(request, stored, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var (values, next) = await ReadPageAsync(source, listOptions, token, pageSize, request.Entity, cancellationToken).ConfigureAwait(false);
            tally.Total = allPages ? (next is null ? tally.Done + values.Count : null) : values.Count;
            // What the rest of the run will read: HubSpot's count (it may lag recent creates) less what is done, at least this page.
            run.RemainingRecords = !allPages || next is null ? values.Count : run.RemainingRecords is { } left ? Math.Max(left, values.Count + 1) : null;
            var pageStart = records.Count;
            try
            {
                await importer.ImportAsync(
                    values,
                    plan,
                    request.DryRun,
                    r => SkipReason(request, r.Id),
                    result =>
                    {
                        records.Add(result);
                        tally.Add(result);
                        Report(request.Entity, result);
                        progress?.Report(tally.Snapshot() with { Record = result });
                    },
                    cancellationToken,
                    run: run).ConfigureAwait(false);

                if (writeIds)
                {
                    await WriteAxcelerateIdsAsync(source, values, records, pageStart, request.Entity, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (IntegrationApiException ex) when (ex.IsTransient && ex is not HubSpotRateLimitException)
            {
                ImportLog.TransientStop(logger, ex, request.Entity, tally.Done);
                throw;
            }

            pages++;
            var page = records.GetRange(pageStart, records.Count - pageStart);
            int created = Count(page, ImportOutcome.Created), linked = Count(page, ImportOutcome.Linked), updated = Count(page, ImportOutcome.Updated);
            int unchanged = Count(page, ImportOutcome.Unchanged), skipped = Count(page, ImportOutcome.Skipped);
            int ambiguous = Count(page, ImportOutcome.Ambiguous), failed = Count(page, ImportOutcome.Failed);
            ImportLog.PageDone(logger, request.Entity, page.Count, request.DryRun, created, linked, updated, unchanged, skipped, ambiguous, failed, next is not null);
            if (!request.DryRun)
            {
                RecordOutcomes(request.Entity, created, linked, updated, unchanged, skipped, ambiguous, failed);
                checkpoint = await checkpoints.SaveCheckpointAsync(
                    checkpoint with { Cursor = next, Counts = checkpoint.Counts + CountsOf(page), IsComplete = next is null },
                    cancellationToken).ConfigureAwait(false);
            }

            kept = Keep(records, kept, request.ReportRecords);
            run.RemainingRecords -= values.Count;
            token = next;
            if (next is null)
            {
                ImportLog.Completed(logger, request.Entity);
                break;
            }

            if (!allPages)
            {
                break;
            }
        }

        }
        catch (HubSpotRateLimitException ex)
        {
            // HubSpot's daily limit: every call before the reset would be refused too, so the run stops at once (no
            // retries) and the checkpoint keeps the unfinished page; the next run after the reset resumes from it.
            ImportLog.DailyLimitStop(logger, request.Entity, tally.Done, pages, ex.ResetsAt);
            activity?.SetTag("stopped", "daily-limit");
            var zone = governor.PortalTimeZone is { } z ? $"midnight {z.Id}, the portal's time zone" : "midnight UTC as estimated; HubSpot resets at midnight in the portal's time zone";
            Keep(records, kept, request.ReportRecords);
            return new ImportReport(request.Entity, request.DryRun, records, pages, token, tally.Counts(), request.ReportRecords)
            {
                ResumeAfter = ex.ResetsAt,
                StopReason = $"HubSpot's daily API limit is spent, so the import of {request.Entity} stopped after {pages} page(s) without retrying. "
                    + $"It can go on after {ex.ResetsAt:O} ({zone}), when HubSpot resets the limit: run it again then and it resumes from its checkpoint.",
            };
        }

        activity?.SetTag("records", tally.Done);
        activity?.SetTag("pages", pages);
        return new ImportReport(request.Entity, request.DryRun, records, pages, token, tally.Counts(), request.ReportRecords);
    }

    // Drops what the report does not keep from records[from..]; returns how many records are kept now.
    private static int Keep(List<ImportRecordResult> records, int from, ImportReportRecords keep)
    {
        if (keep != ImportReportRecords.All)
        {
            var to = from;
            for (var i = from; i < records.Count; i++)
            {
                if (keep == ImportReportRecords.NeedingAttention && NeedsAttention(records[i]))
                {
                    records[to++] = records[i];
                }
            }

            records.RemoveRange(to, records.Count - to);
        }

        return records.Count;
    }

    private static bool NeedsAttention(ImportRecordResult record) =>
        record.Outcome is ImportOutcome.Failed or ImportOutcome.Ambiguous or ImportOutcome.Skipped || record.Reason is not null;

    private void RecordOutcomes(MappedEntity entity, int created, int linked, int updated, int unchanged, int skipped, int ambiguous, int failed)
    {
        telemetry.RecordRecords(EntityImporter.Operation, entity, "created", created);
        telemetry.RecordRecords(EntityImporter.Operation, entity, "linked", linked);
        telemetry.RecordRecords(EntityImporter.Operation, entity, "updated", updated);
        telemetry.RecordRecords(EntityImporter.Operation, entity, "unchanged", unchanged);
        telemetry.RecordRecords(EntityImporter.Operation, entity, "skipped", skipped);
        telemetry.RecordRecords(EntityImporter.Operation, entity, "ambiguous", ambiguous);
        telemetry.RecordRecords(EntityImporter.Operation, entity, "failed", failed);
    }

    public async Task<LinkRebuildReport> RebuildLinksAsync(MappedEntity entity, CancellationToken cancellationToken = default)
    {
        var importer = ImporterOf(entity);
        var source = importer.Source(hubSpot);
        int restored = 0, alreadyLinked = 0;
        var conflicts = new List<LinkRebuildIssue>();
        var missing = new List<LinkRebuildIssue>();
        using (OutgoingCallContext.Begin(RebuildOperation, entity))
        {
            if (!await idProperty.ExistsAsync(source.ObjectType, cancellationToken).ConfigureAwait(false))
            {
                // No record can carry an aXcelerate id yet: nothing to restore.
                return new LinkRebuildReport(entity, 0, 0, conflicts, missing);
            }

            var listOptions = new HubSpotListOptions { PageSize = HubSpotListOptions.MaxPageSize, Properties = [ImportOptions.AxcelerateIdProperty] };
            await foreach (var page in source.ListAsync(listOptions, cancellationToken).AsPages(null, HubSpotListOptions.MaxPageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var carried = new List<(string HubSpotId, long AxcelerateId)>();
                foreach (var record in page.Values)
                {
                    var value = record.GetProperty(ImportOptions.AxcelerateIdProperty);
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        continue;
                    }

                    if (AxcelerateIdProperty.Parse(value) is { } id)
                    {
                        carried.Add((record.Id, id));
                    }
                    else
                    {
                        missing.Add(new LinkRebuildIssue(record.Id, null, $"'{value}' is not an aXcelerate id."));
                    }
                }

                if (carried.Count == 0)
                {
                    continue;
                }

                var byHubSpot = await links.FindByHubSpotIdsAsync(entity, carried.ConvertAll(c => c.HubSpotId), cancellationToken).ConfigureAwait(false);
                var byAxcelerate = await links.FindByAxcelerateIdsAsync(entity, carried.ConvertAll(c => c.AxcelerateId), cancellationToken).ConfigureAwait(false);
                var unlinked = new List<(string HubSpotId, long AxcelerateId)>();
                foreach (var (hubSpotId, axcelerateId) in carried)
                {
                    if (byHubSpot.TryGetValue(hubSpotId, out var link))
                    {
                        if (link.AxcelerateId == axcelerateId)
                        {
                            alreadyLinked++;
                        }
                        else
                        {
                            conflicts.Add(new LinkRebuildIssue(hubSpotId, axcelerateId, $"The HubSpot record is linked to aXcelerate {importer.RecordNoun} {link.AxcelerateId}, not to {axcelerateId} as its {ImportOptions.AxcelerateIdProperty} says."));
                        }
                    }
                    else if (byAxcelerate.TryGetValue(axcelerateId, out var other))
                    {
                        conflicts.Add(new LinkRebuildIssue(hubSpotId, axcelerateId, $"aXcelerate {importer.RecordNoun} {axcelerateId} is already linked to HubSpot record {other.HubSpotId}."));
                    }
                    else
                    {
                        unlinked.Add((hubSpotId, axcelerateId));
                    }
                }

                var existing = await importer.ExistingAsync(unlinked.Select(u => u.AxcelerateId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
                foreach (var (hubSpotId, axcelerateId) in unlinked)
                {
                    if (!existing.Contains(axcelerateId))
                    {
                        missing.Add(new LinkRebuildIssue(hubSpotId, axcelerateId, $"aXcelerate has no {importer.RecordNoun} {axcelerateId}."));
                        continue;
                    }

                    try
                    {
                        await links.LinkAsync(entity, axcelerateId, hubSpotId, cancellationToken).ConfigureAwait(false);
                        restored++;
                    }
                    catch (StoreConflictException ex)
                    {
                        // e.g. two HubSpot records carrying one id (a property created without unique values).
                        conflicts.Add(new LinkRebuildIssue(hubSpotId, axcelerateId, ex.Message));
                    }
                }
            }
        }

        ImportLog.LinksRebuilt(logger, entity, restored, alreadyLinked, conflicts.Count, missing.Count);
        return new LinkRebuildReport(entity, restored, alreadyLinked, conflicts, missing);
    }

    // The linked or created records of a page carry their aXcelerate id in HubSpot: one batch update per 100 that differ.
    // A refused id (e.g. another HubSpot record already carries it) is noted in the record's reason; the import goes on.
    private async Task WriteAxcelerateIdsAsync(IHubSpotObjectClient source, IReadOnlyList<HubSpotObject> values, List<ImportRecordResult> records, int pageStart, MappedEntity entity, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var result in records.Skip(pageStart))
        {
            if (result is { AxcelerateId: { } id, Outcome: ImportOutcome.Created or ImportOutcome.Linked or ImportOutcome.Updated or ImportOutcome.Unchanged })
            {
                wanted[result.HubSpotId] = id;
            }
        }

        if (wanted.Count == 0)
        {
            return;
        }

        using (OutgoingCallContext.Begin(EntityImporter.Operation, entity))
        {
            var current = values.GroupBy(v => v.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            IReadOnlyDictionary<string, string> refused;
            try
            {
                refused = await idProperty.WriteAsync(source, wanted, current, cancellationToken).ConfigureAwait(false);
            }
            catch (HubSpotApiException ex) when (!ex.IsTransient)
            {
                // The whole batch was refused (e.g. the property was deleted meanwhile): the aXcelerate side is done, so the page goes on.
                refused = wanted.Keys.ToDictionary(id => id, _ => ex.Message, StringComparer.Ordinal);
            }

            for (var i = pageStart; i < records.Count && refused.Count > 0; i++)
            {
                if (refused.TryGetValue(records[i].HubSpotId, out var why))
                {
                    var r = records[i];
                    var note = $"HubSpot refused its aXcelerate id in {ImportOptions.AxcelerateIdProperty} ({why}), so the link cannot be rebuilt from HubSpot.";
                    records[i] = new ImportRecordResult(r.HubSpotId, r.Outcome)
                    {
                        AxcelerateId = r.AxcelerateId,
                        Reason = r.Reason is null ? note : $"{r.Reason} {note}",
                        CandidateIds = r.CandidateIds,
                        Changes = r.Changes,
                        ConversionErrors = r.ConversionErrors,
                    };
                }
            }
        }
    }

    // Estimates the run's HubSpot calls (list pages, per-page reads, aXcelerate-id writes) against today's remaining budget.
    // Returns whether the aXcelerate-id property exists (the check is the cheap first call), and the records the run has
    // left when HubSpot's count was read (null when there is no daily budget to check, so no count).
    private async Task<(bool PropertyExists, long? Remaining)> CheckBudgetAsync(MappedEntity entity, EntityImporter importer, IHubSpotObjectClient source, int pageSize, bool writeIds, long done, CancellationToken cancellationToken)
    {
        using (OutgoingCallContext.Begin(EntityImporter.Operation, entity))
        {
            // One cheap call when nothing is known yet (it is also the aXcelerate-id property check the run needs).
            var propertyExists = await idProperty.ExistsAsync(source.ObjectType, cancellationToken).ConfigureAwait(false);
            if (hubSpot.RateLimits.DailyRemaining is null)
            {
                return (propertyExists, null); // OAuth apps have no daily limit (and a portal without one reports none)
            }

            if (governor.PortalTimeZone is null)
            {
                // Once per process: the daily limit resets at midnight in the portal's zone, which only its details say.
                try
                {
                    await hubSpot.GetAccountDetailsAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (HubSpotApiException ex) when (!ex.IsTransient)
                {
                    // e.g. a token without the scope: a stop at the daily limit then estimates the reset at midnight UTC.
                    ImportLog.PortalZoneUnknown(logger, ex.Message);
                }
            }

            // HubSpot's search total is the one cheap count there is (one request of one result; it may lag recent creates by seconds).
            var count = await source.SearchPageAsync(new HubSpotSearchRequest { Limit = 1, Properties = ["hs_object_id"] }, cancellationToken).ConfigureAwait(false);
            var records = Math.Max(0, (count.Total ?? count.Results.Count) - done);
            var pages = Math.Max(1, (records + pageSize - 1) / pageSize);
            // The ids are written after each page, one batch update per page (a page holds at most 100 records).
            var writes = writeIds ? pages + (propertyExists ? 0 : 1) : 0;
            var needed = (pages * (1 + importer.HubSpotCallsPerPage)) + writes;
            if (hubSpot.RateLimits.DailyRemaining is { } remaining && !hubSpot.RateLimits.CanAfford(needed))
            {
                throw new ImportBudgetExceededException(entity, needed, remaining, governor.PortalTimeZone is null ? null : governor.NextDailyReset(timeProvider.GetUtcNow()));
            }

            return (propertyExists, records);
        }
    }

    private static long TotalOf(ImportCounts counts) =>
        (long)counts.Created + counts.Linked + counts.Updated + counts.Skipped + counts.Ambiguous + counts.Failed;

    // Where to start: the caller's token, else the unfinished checkpoint, else a new import from the first page.
    private async Task<(ImportCheckpoint Checkpoint, string? Token)> StartAsync(ImportRequest request, ImportCheckpoint? stored, CancellationToken cancellationToken)
    {
        if (request.ContinuationToken is { } token)
        {
            return (stored ?? New(request.Entity), token);
        }

        if (!request.StartOver && stored is { IsComplete: false })
        {
            ImportLog.Resuming(logger, request.Entity, stored.StartedAt);
            return (stored, stored.Cursor);
        }

        if (stored is not null && !request.DryRun)
        {
            await checkpoints.DeleteCheckpointAsync(request.Entity, cancellationToken).ConfigureAwait(false);
        }

        return (New(request.Entity), null);
    }

    private ImportCheckpoint New(MappedEntity entity) => new(entity, null, default) { StartedAt = timeProvider.GetUtcNow() };

    private static async Task<(IReadOnlyList<HubSpotObject> Values, string? Next)> ReadPageAsync(
        IHubSpotObjectClient source,
        HubSpotListOptions listOptions,
        string? token,
        int pageSize,
        MappedEntity entity,
        CancellationToken cancellationToken)
    {
        using (OutgoingCallContext.Begin(EntityImporter.Operation, entity))
        {
            await foreach (var page in source.ListAsync(listOptions, cancellationToken).AsPages(token, pageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                return (page.Values, page.ContinuationToken);
            }
        }

        return ([], null);
    }

    private EntityImporter ImporterOf(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => contacts,
        MappedEntity.Organisation => organisations,
        MappedEntity.Opportunity => opportunities,
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "Unknown entity."),
    };

    private static string? SkipReason(ImportRequest request, string hubSpotId)
    {
        if (request.Include is { } include && !include.Contains(hubSpotId))
        {
            return "Not selected for this import.";
        }

        return request.Exclude is { } exclude && exclude.Contains(hubSpotId) ? "Excluded from this import." : null;
    }

    private void Report(MappedEntity entity, ImportRecordResult result)
    {
        if (result.Outcome == ImportOutcome.Failed)
        {
            ImportLog.RecordFailed(logger, entity, result.HubSpotId, result.Reason ?? "");
        }
        else if (result.Outcome == ImportOutcome.Ambiguous)
        {
            ImportLog.RecordAmbiguous(logger, entity, result.HubSpotId, result.CandidateIds);
        }
    }

    private static int Count(List<ImportRecordResult> records, ImportOutcome outcome) => records.Count(r => r.Outcome == outcome);

    // The stored totals have no "unchanged": records left alone count as skipped there.
    private static ImportCounts CountsOf(List<ImportRecordResult> page) => new(
        Count(page, ImportOutcome.Created),
        Count(page, ImportOutcome.Linked),
        Count(page, ImportOutcome.Updated),
        Count(page, ImportOutcome.Skipped) + Count(page, ImportOutcome.Unchanged),
        Count(page, ImportOutcome.Ambiguous),
        Count(page, ImportOutcome.Failed));

    private sealed class Tally(MappedEntity entity)
    {
        private readonly int[] _counts = new int[Enum.GetValues<ImportOutcome>().Length];

        public int Done { get; private set; }

        public int? Total { get; set; }

        public void Add(ImportRecordResult result)
        {
            Done++;
            _counts[(int)result.Outcome]++;
        }

        public int[] Counts() => (int[])_counts.Clone();

        public ImportProgress Snapshot() => new(
            entity,
            Done,
            Total,
            _counts[(int)ImportOutcome.Created],
            _counts[(int)ImportOutcome.Linked],
            _counts[(int)ImportOutcome.Updated],
            _counts[(int)ImportOutcome.Unchanged],
            _counts[(int)ImportOutcome.Skipped],
            _counts[(int)ImportOutcome.Ambiguous],
            _counts[(int)ImportOutcome.Failed]);
    }
}
