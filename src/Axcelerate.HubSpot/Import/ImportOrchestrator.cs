using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Import;

/// <summary>Pages through HubSpot's list endpoint, imports each page, and checkpoints after every page.</summary>
internal sealed class ImportOrchestrator(
    IHubSpotClient hubSpot,
    IFieldMappingService mappings,
    IImportCheckpointStore checkpoints,
    ContactImporter contacts,
    OrganisationImporter organisations,
    OpportunityImporter opportunities,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider timeProvider,
    ILogger<ImportOrchestrator> logger) : IImportOrchestrator
{
    public Task<ImportReport> ImportPageAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(request, allPages: false, progress, cancellationToken);

    public Task<ImportReport> ImportAllAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(request, allPages: true, progress, cancellationToken);

    public async Task<ImportCheckpoint?> GetCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default) =>
        await checkpoints.GetCheckpointAsync(entity, cancellationToken).ConfigureAwait(false);

    public async Task ResetAsync(MappedEntity entity, CancellationToken cancellationToken = default) =>
        await checkpoints.DeleteCheckpointAsync(entity, cancellationToken).ConfigureAwait(false);

    private async Task<ImportReport> RunAsync(ImportRequest request, bool allPages, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var importer = ImporterOf(request.Entity);
        var pageSize = request.PageSize ?? options.CurrentValue.Import.PageSize;
        if (pageSize is < 1 or > ImportOptions.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(request), pageSize, $"ImportRequest.PageSize must be between 1 and {ImportOptions.MaxPageSize}; {pageSize} is not.");
        }

        var plan = await mappings.GetPlanAsync(request.Entity, cancellationToken).ConfigureAwait(false);
        var listOptions = new HubSpotListOptions
        {
            PageSize = pageSize,
            Properties = plan.Fields.Select(f => f.HubSpotProperty).Concat(importer.KeyProperties).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };

        var (checkpoint, token) = await StartAsync(request, cancellationToken).ConfigureAwait(false);
        var tally = new Tally(request.Entity);
        var records = new List<ImportRecordResult>();
        var pages = 0;
        var source = importer.Source(hubSpot);
        while (true)
        {
            var (values, next) = await ReadPageAsync(source, listOptions, token, pageSize, request.Entity, cancellationToken).ConfigureAwait(false);
            tally.Total = allPages ? (next is null ? tally.Done + values.Count : null) : values.Count;
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
                        progress?.Report(tally.Snapshot());
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (IntegrationApiException ex) when (ex.IsTransient)
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
                checkpoint = await checkpoints.SaveCheckpointAsync(
                    checkpoint with { Cursor = next, Counts = checkpoint.Counts + CountsOf(page), IsComplete = next is null },
                    cancellationToken).ConfigureAwait(false);
            }

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

        return new ImportReport(request.Entity, request.DryRun, records, pages, token);
    }

    // Where to start: the caller's token, else the unfinished checkpoint, else a new import from the first page.
    private async Task<(ImportCheckpoint Checkpoint, string? Token)> StartAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        var stored = await checkpoints.GetCheckpointAsync(request.Entity, cancellationToken).ConfigureAwait(false);
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
