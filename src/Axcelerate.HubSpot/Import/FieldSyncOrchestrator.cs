using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Records;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Import;

/// <summary>
/// Pages over the contact links in the store; per page, reads both sides in bulk (one HubSpot batch read per 100, one
/// aXcelerate read by ids), maps the chosen fields one way, and writes what differs: pushes as HubSpot batch updates,
/// pulls as one aXcelerate update per changed contact. Checkpoints the position after every page.
/// </summary>
internal sealed class FieldSyncOrchestrator(
    IHubSpotClient hubSpot,
    IAxcelerateClient axcelerate,
    IFieldMappingService mappings,
    IRecordLinkStore links,
    IFieldSyncCheckpointStore checkpoints,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    IntegrationTelemetry telemetry,
    ILogger<FieldSyncOrchestrator> logger) : IFieldSyncOrchestrator
{
    public const string Operation = "sync-fields";

    private const MappedEntity Entity = MappedEntity.Contact;

    public Task<FieldSyncReport> SyncPageAsync(FieldSyncRequest request, IProgress<FieldSyncProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(request, allPages: false, progress, cancellationToken);

    public Task<FieldSyncReport> SyncAllAsync(FieldSyncRequest request, IProgress<FieldSyncProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(request, allPages: true, progress, cancellationToken);

    private async Task<FieldSyncReport> RunAsync(FieldSyncRequest request, bool allPages, IProgress<FieldSyncProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = IntegrationTelemetry.StartOperation(allPages ? "sync-fields.all" : "sync-fields.page", Entity);
        activity?.SetTag("direction", request.Direction.ToString());
        activity?.SetTag("dry_run", request.DryRun);
        var pageSize = request.PageSize ?? options.CurrentValue.Import.PageSize;
        if (pageSize is < 1 or > ImportOptions.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(request), pageSize, $"FieldSyncRequest.PageSize must be between 1 and {ImportOptions.MaxPageSize}; {pageSize} is not.");
        }

        var plan = await ChosenPlanAsync(request, cancellationToken).ConfigureAwait(false);
        var fields = plan.Fields.Select(f => f.HubSpotProperty).ToList();
        var fieldList = string.Join(", ", fields);
        // The position of an unfinished sync is kept by entity, direction and fields: the link-store token of its next page.
        var key = SyncKey(request.Direction, fields);

        string? token = request.ContinuationToken;
        if (token is null)
        {
            if (request.StartOver)
            {
                if (!request.DryRun)
                {
                    await checkpoints.DeleteFieldSyncCursorAsync(key, cancellationToken).ConfigureAwait(false);
                }
            }
            else if (await checkpoints.GetFieldSyncCursorAsync(key, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                FieldSyncLog.Resuming(logger, request.Direction, fieldList);
                token = stored;
            }
        }

        var tally = new Tally(request.Direction);
        var records = new List<FieldSyncRecordResult>();
        var pages = 0;
        while (true)
        {
            var page = await links.ListRecordLinksAsync(Entity, pageSize, token, cancellationToken).ConfigureAwait(false);
            var next = page.ContinuationToken;
            tally.Total = allPages ? (next is null ? tally.Done + page.Items.Count : null) : page.Items.Count;
            var pageStart = records.Count;
            try
            {
                await SyncPageAsync(page.Items, plan, request, result =>
                {
                    records.Add(result);
                    tally.Add(result.Outcome);
                    if (result.Outcome == FieldSyncOutcome.Failed)
                    {
                        FieldSyncLog.RecordFailed(logger, request.Direction, result.AxcelerateId, result.HubSpotId, result.Reason ?? "");
                    }

                    progress?.Report(tally.Snapshot());
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (IntegrationApiException ex) when (ex.IsTransient)
            {
                FieldSyncLog.TransientStop(logger, ex, request.Direction, tally.Done);
                throw;
            }

            pages++;
            var done = records.GetRange(pageStart, records.Count - pageStart);
            int updated = Count(done, FieldSyncOutcome.Updated), unchanged = Count(done, FieldSyncOutcome.Unchanged), failed = Count(done, FieldSyncOutcome.Failed);
            FieldSyncLog.PageDone(logger, request.Direction, fieldList, done.Count, request.DryRun, updated, unchanged, failed, next is not null);
            if (!request.DryRun)
            {
                telemetry.RecordRecords(Operation, Entity, "updated", updated);
                telemetry.RecordRecords(Operation, Entity, "unchanged", unchanged);
                telemetry.RecordRecords(Operation, Entity, "failed", failed);
                if (next is null)
                {
                    await checkpoints.DeleteFieldSyncCursorAsync(key, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await checkpoints.SaveFieldSyncCursorAsync(key, next, cancellationToken).ConfigureAwait(false);
                }
            }

            token = next;
            if (next is null)
            {
                FieldSyncLog.Completed(logger, request.Direction, fieldList);
                break;
            }

            if (!allPages)
            {
                break;
            }
        }

        activity?.SetTag("records", records.Count);
        return new FieldSyncReport(request.Direction, fields, request.DryRun, records, pages, token);
    }

    // Entity, direction and the fields in a stable order; a long field list is hashed to stay within the store's key size.
    private static string SyncKey(FieldSyncDirection direction, IEnumerable<string> fields)
    {
        var list = string.Join("|", fields.Select(f => f.ToUpperInvariant()).Order(StringComparer.Ordinal));
        if (list.Length > 900)
        {
            list = "sha256:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(list)));
        }

        return $"{Entity}|{direction}|{list}";
    }

    // The chosen fields' active mappings, compiled on their own; every field that cannot be synchronised this way is named.
    private async Task<MappingPlan> ChosenPlanAsync(FieldSyncRequest request, CancellationToken cancellationToken)
    {
        if (request.Fields is null || request.Fields.Count == 0 || request.Fields.All(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Choose at least one field to synchronise (the HubSpot property of a contact mapping, e.g. 'jobtitle').", nameof(request));
        }

        var all = await mappings.ListAsync(Entity, cancellationToken).ConfigureAwait(false);
        var active = await mappings.GetPlanAsync(Entity, cancellationToken).ConfigureAwait(false);
        var chosen = new List<FieldMapping>();
        var problems = new List<string>();
        foreach (var name in request.Fields.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var mapping = active.Fields.FirstOrDefault(m => string.Equals(m.HubSpotProperty, name, StringComparison.OrdinalIgnoreCase));
            if (mapping is null)
            {
                problems.Add(all.Any(m => string.Equals(m.HubSpotProperty, name, StringComparison.OrdinalIgnoreCase))
                    ? $"'{name}' is deactivated (deactivated fields are never synchronised)"
                    : $"'{name}' is not a mapped contact field (map it first)");
            }
            else if (request.Direction == FieldSyncDirection.Push && mapping.Rule == SyncRule.HubSpotOnly)
            {
                problems.Add($"'{name}' is HubSpot-only by its sync rule, so it cannot be pushed to HubSpot");
            }
            else if (request.Direction == FieldSyncDirection.Pull && mapping.Rule == SyncRule.AxcelerateOnly)
            {
                problems.Add($"'{name}' is aXcelerate-only by its sync rule, so it cannot be pulled from HubSpot");
            }
            else
            {
                chosen.Add(mapping);
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Cannot synchronise these contact fields: {string.Join("; ", problems)}.", nameof(request));
        }

        return MappingPlan.Compile(Entity, chosen, active.TimeZone);
    }

    private async Task SyncPageAsync(IReadOnlyList<RecordLink> page, MappingPlan plan, FieldSyncRequest request, Action<FieldSyncRecordResult> done, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return;
        }

        // Both sides of the page in bulk: HubSpot 100 ids per request, aXcelerate by ids.
        HubSpotBatchResult<HubSpotObject> read;
        IReadOnlyList<AxcelerateContact> contacts;
        using (OutgoingCallContext.Begin(Operation, Entity))
        {
            read = await hubSpot.Contacts.BatchReadAsync(
                page.Select(l => l.HubSpotId),
                new HubSpotGetOptions { Properties = plan.Fields.Select(f => f.HubSpotProperty).ToList() },
                cancellationToken).ConfigureAwait(false);
            contacts = await axcelerate.Contacts.GetManyAsync(page.Select(l => l.AxcelerateId), cancellationToken).ConfigureAwait(false);
        }

        var hubSpotById = new Dictionary<string, HubSpotObject>(StringComparer.Ordinal);
        foreach (var (index, record) in read.ResultsByInput)
        {
            hubSpotById[page[index].HubSpotId] = record;
        }

        var axcelerateById = contacts.ToDictionary(c => c.ContactId);
        var results = new FieldSyncRecordResult?[page.Count];
        var changes = new MappingResult?[page.Count];
        for (var i = 0; i < page.Count; i++)
        {
            var link = page[i];
            if (!axcelerateById.TryGetValue(link.AxcelerateId, out var contact))
            {
                results[i] = Failed(link, $"The linked aXcelerate contact {link.AxcelerateId} no longer exists.");
                continue;
            }

            if (!hubSpotById.TryGetValue(link.HubSpotId, out var hubSpotContact))
            {
                results[i] = Failed(link, $"The linked HubSpot contact {link.HubSpotId} no longer exists.");
                continue;
            }

            var recordId = link.AxcelerateId.ToString(CultureInfo.InvariantCulture);
            var mapped = request.Direction == FieldSyncDirection.Push
                ? plan.ToHubSpot(recordId, RecordFields.From(contact), RecordFields.From(hubSpotContact))
                : plan.ToAxcelerate(recordId, RecordFields.From(hubSpotContact), RecordFields.From(contact));
            if (mapped.HasErrors)
            {
                results[i] = new FieldSyncRecordResult(link.AxcelerateId, link.HubSpotId, FieldSyncOutcome.Failed)
                {
                    ConversionErrors = mapped.Errors,
                    Reason = string.Join(" ", mapped.Errors.Select(e => e.Message)),
                };
            }
            else if (mapped.Values.Count == 0)
            {
                results[i] = new FieldSyncRecordResult(link.AxcelerateId, link.HubSpotId, FieldSyncOutcome.Unchanged);
            }
            else
            {
                changes[i] = mapped;
            }
        }

        if (request.DryRun)
        {
            for (var i = 0; i < page.Count; i++)
            {
                done(results[i] ?? Updated(page[i], changes[i]!));
            }

            return;
        }

        if (request.Direction == FieldSyncDirection.Push)
        {
            await PushAsync(page, changes, results, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < page.Count; i++)
            {
                done(results[i]!);
            }

            return;
        }

        for (var i = 0; i < page.Count; i++)
        {
            done(results[i] ?? await PullAsync(page[i], changes[i]!, cancellationToken).ConfigureAwait(false));
        }
    }

    // One batch update for the page's changed records (the client sends 100 per request); per-input errors fail only their record.
    private async Task PushAsync(IReadOnlyList<RecordLink> page, MappingResult?[] changes, FieldSyncRecordResult?[] results, CancellationToken cancellationToken)
    {
        var positions = new List<int>();
        var inputs = new List<HubSpotObjectUpdate>();
        for (var i = 0; i < page.Count; i++)
        {
            if (changes[i] is { } mapped)
            {
                positions.Add(i);
                inputs.Add(new HubSpotObjectUpdate { Id = page[i].HubSpotId, Properties = RecordWrites.ToHubSpotProperties(mapped) });
            }
        }

        if (inputs.Count == 0)
        {
            return;
        }

        HubSpotBatchResult<HubSpotObject> written;
        using (OutgoingCallContext.Begin(Operation, Entity))
        {
            written = await hubSpot.Contacts.BatchUpdateAsync(inputs, cancellationToken).ConfigureAwait(false);
        }

        var errors = new Dictionary<int, HubSpotBatchError>();
        foreach (var error in written.Errors)
        {
            var index = error.InputIndex ?? (error.Id is { } id ? inputs.FindIndex(u => u.Id == id) : -1);
            if (index >= 0)
            {
                errors.TryAdd(index, error);
            }
        }

        for (var n = 0; n < inputs.Count; n++)
        {
            var i = positions[n];
            var link = page[i];
            if (errors.TryGetValue(n, out var error))
            {
                results[i] = Failed(link, $"HubSpot refused the update ({error.Category ?? "error"}): {error.Message}");
            }
            else if (written.ResultsByInput.ContainsKey(n))
            {
                results[i] = Updated(link, changes[i]!);
            }
            else
            {
                results[i] = Failed(link, "HubSpot returned no result for the update; it may not have been written.");
            }
        }
    }

    private async Task<FieldSyncRecordResult> PullAsync(RecordLink link, MappingResult changes, CancellationToken cancellationToken)
    {
        using (OutgoingCallContext.Begin(Operation, Entity, link.AxcelerateId.ToString(CultureInfo.InvariantCulture)))
        {
            try
            {
                await axcelerate.Contacts.UpdateAsync(link.AxcelerateId, RecordWrites.ToContactWrite(changes), cancellationToken).ConfigureAwait(false);
                return Updated(link, changes);
            }
            catch (IntegrationApiException ex) when (!ex.IsTransient)
            {
                var status = ex.StatusCode is { } code ? ((int)code).ToString(CultureInfo.InvariantCulture) : "no response";
                return Failed(link, $"aXcelerate refused the update ({status}): {ex.Message}");
            }
        }
    }

    private static int Count(List<FieldSyncRecordResult> records, FieldSyncOutcome outcome) => records.Count(r => r.Outcome == outcome);

    private static FieldSyncRecordResult Updated(RecordLink link, MappingResult changes) =>
        new(link.AxcelerateId, link.HubSpotId, FieldSyncOutcome.Updated) { Changes = changes.Values };

    private static FieldSyncRecordResult Failed(RecordLink link, string reason) =>
        new(link.AxcelerateId, link.HubSpotId, FieldSyncOutcome.Failed) { Reason = reason };

    private sealed class Tally(FieldSyncDirection direction)
    {
        private int _updated;
        private int _unchanged;
        private int _failed;

        public int Done { get; private set; }

        public int? Total { get; set; }

        public void Add(FieldSyncOutcome outcome)
        {
            Done++;
            switch (outcome)
            {
                case FieldSyncOutcome.Updated: _updated++; break;
                case FieldSyncOutcome.Unchanged: _unchanged++; break;
                default: _failed++; break;
            }
        }

        public FieldSyncProgress Snapshot() => new(direction, Done, Total, _updated, _unchanged, _failed);
    }
}
