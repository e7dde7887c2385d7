using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Records;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Import;

/// <summary>
/// The per-record flow every entity shares: map, compare with the last import's hash, then update the linked record,
/// link the one match, create when none matched, or report several. The subclasses say how an entity is read,
/// matched, created and updated in aXcelerate.
/// </summary>
internal abstract class EntityImporter(IRecordLinkStore links)
{
    public const string Operation = "import";

    public abstract MappedEntity Entity { get; }

    /// <summary>What the record is called in messages, e.g. "contact".</summary>
    protected abstract string Noun { get; }

    /// <summary>What the record is called in messages, e.g. "contact" (for callers outside the importer).</summary>
    public string RecordNoun => Noun;

    /// <summary>HubSpot calls a page costs besides its list read (for the daily-budget estimate).</summary>
    public virtual int HubSpotCallsPerPage => 0;

    /// <summary>The HubSpot properties the match needs besides the mapped ones.</summary>
    public abstract IReadOnlyList<string> KeyProperties { get; }

    public abstract IHubSpotObjectClient Source(IHubSpotClient hubSpot);

    /// <summary>The record's match key, or null with the reason it has none.</summary>
    protected abstract (string? Key, string? Missing) KeyOf(HubSpotObject record);

    /// <summary>Reads the current field views of linked aXcelerate records, one page at a time where the API allows.</summary>
    protected abstract Task<IReadOnlyDictionary<long, AxcelerateView>> ReadCurrentAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Finds the aXcelerate records that match.</summary>
    protected abstract Task<IReadOnlyList<AxcelerateView>> FindAsync(HubSpotObject record, string key, IReadOnlyDictionary<string, string?> view, CancellationToken cancellationToken);

    /// <summary>Finds the aXcelerate records that match, from the run's index where it has one; by default as <see cref="FindAsync(HubSpotObject, string, IReadOnlyDictionary{string, string?}, CancellationToken)"/>.</summary>
    protected virtual Task<IReadOnlyList<AxcelerateView>> FindAsync(HubSpotObject record, string key, IReadOnlyDictionary<string, string?> view, ImportRun? run, CancellationToken cancellationToken) =>
        FindAsync(record, key, view, cancellationToken);

    /// <summary>
    /// Called once per page of a run before its records are matched, with how many of them need a match: an entity
    /// whose account can be read whole may read it into <see cref="ImportRun.Index"/> when that costs fewer calls than a
    /// search per record. Does nothing by default.
    /// </summary>
    protected virtual Task PrepareMatchingAsync(int unmatched, int pageRecords, ImportRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The match key of an aXcelerate record (e.g. its normalised email), or null; a write to it invalidates the key in the run's index.</summary>
    protected virtual string? KeyOf(AxcelerateView target) => null;

    protected abstract Task<long> CreateAsync(MappingResult values, object? state, CancellationToken cancellationToken);

    /// <summary>Why a record that matched nothing cannot be created yet (e.g. a deal without a linked contact); null when it can.</summary>
    protected virtual string? CannotCreate(object? state) => null;

    /// <summary>
    /// Prepares the records of a page before they are mapped: the field view each one is mapped from, or why it cannot be
    /// imported, plus anything the create needs. By default the view is the record's own properties.
    /// </summary>
    protected virtual Task<IReadOnlyDictionary<string, PreparedRecord>> PrepareAsync(IReadOnlyList<HubSpotObject> records, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, PreparedRecord>>(records.ToDictionary(r => r.Id, r => new PreparedRecord(RecordFields.From(r)), StringComparer.Ordinal));

    /// <summary>Writes what the create could not carry (e.g. an organisation's detail record), after the new record is linked; returns a note on what could not be written, or null.</summary>
    protected virtual Task<string?> CompleteCreateAsync(long id, MappingResult values, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>The aXcelerate values the mapped HubSpot values are compared with; by default the record's field view.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ComparableFields(AxcelerateView target, MappingPlan plan) => target.Fields;

    /// <summary>Writes the changes; returns a note on what could not be written, or null.</summary>
    protected abstract Task<string?> UpdateAsync(AxcelerateView current, MappingResult changes, CancellationToken cancellationToken);

    /// <summary>Which of these aXcelerate ids name an existing record, read a page at a time where the API allows.</summary>
    public async Task<IReadOnlySet<long>> ExistingAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new HashSet<long>();
        }

        using (OutgoingCallContext.Begin(Operation, Entity))
        {
            var found = await ReadCurrentAsync(ids, cancellationToken).ConfigureAwait(false);
            return found.Keys.ToHashSet();
        }
    }

    /// <summary>
    /// Imports the records of one page, in order, reporting each as it is done; with <see cref="ImportBehaviour.Concurrency"/>
    /// above 1, the linked ones are written concurrently after the others.
    /// </summary>
    public async Task ImportAsync(
        IReadOnlyList<HubSpotObject> records,
        MappingPlan plan,
        bool dryRun,
        Func<HubSpotObject, string?> skipReason,
        Action<ImportRecordResult> done,
        CancellationToken cancellationToken,
        ImportBehaviour? behaviour = null,
        ImportRun? run = null)
    {
        behaviour ??= ImportBehaviour.Import;
        var selected = new List<(HubSpotObject Record, IReadOnlyDictionary<string, string?> View, MappingResult Full, string Hash, object? State)>(records.Count);
        var results = new Dictionary<string, ImportRecordResult>(StringComparer.Ordinal);
        var chosen = new List<HubSpotObject>(records.Count);
        foreach (var record in records)
        {
            if (skipReason(record) is { } reason)
            {
                results[record.Id] = new ImportRecordResult(record.Id, ImportOutcome.Skipped) { Reason = reason };
            }
            else
            {
                chosen.Add(record);
            }
        }

        var prepared = chosen.Count == 0
            ? new Dictionary<string, PreparedRecord>()
            : await PrepareWithContextAsync(chosen, behaviour.Operation, cancellationToken).ConfigureAwait(false);
        foreach (var record in chosen)
        {
            var preparation = prepared[record.Id];
            if (preparation.Problem is { } problem)
            {
                results[record.Id] = new ImportRecordResult(record.Id, problem) { Reason = preparation.Reason };
                continue;
            }

            var view = preparation.View!;
            var full = plan.ToAxcelerate(record.Id, view);
            if (full.HasErrors)
            {
                results[record.Id] = ConversionFailed(record.Id, full, null);
                continue;
            }

            selected.Add((record, view, full, ImportHash.Of(full.Values), preparation.State));
        }

        // One store read and one aXcelerate read per page for the linked records whose HubSpot values changed.
        var linked = selected.Count == 0
            ? new Dictionary<string, RecordLink>()
            : await links.FindByHubSpotIdsAsync(Entity, selected.ConvertAll(s => s.Record.Id), cancellationToken).ConfigureAwait(false);
        var toRead = selected
            .Where(s => linked.TryGetValue(s.Record.Id, out var link) && link.LastSyncedToAxcelerate?.ValuesHash != s.Hash)
            .Select(s => linked[s.Record.Id].AxcelerateId)
            .ToList();
        IReadOnlyDictionary<long, AxcelerateView> current = new Dictionary<long, AxcelerateView>();
        if (toRead.Count > 0)
        {
            using (OutgoingCallContext.Begin(behaviour.Operation, Entity))
            {
                current = await ReadCurrentAsync(toRead, cancellationToken).ConfigureAwait(false);
            }
        }

        if (run is not null)
        {
            var unmatched = selected.Count(s => !linked.ContainsKey(s.Record.Id) && KeyOf(s.Record).Key is not null);
            if (unmatched > 0)
            {
                using (OutgoingCallContext.Begin(behaviour.Operation, Entity))
                {
                    await PrepareMatchingAsync(unmatched, records.Count, run, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var byId = selected.ToDictionary(s => s.Record.Id, StringComparer.Ordinal);
        var concurrent = new List<HubSpotObject>();
        foreach (var record in records)
        {
            if (results.TryGetValue(record.Id, out var early))
            {
                done(early);
            }
            else if (behaviour.Concurrency > 1 && run is null && linked.ContainsKey(record.Id))
            {
                concurrent.Add(record);
            }
            else
            {
                done(await OneAsync(record).ConfigureAwait(false));
            }
        }

        // A linked record writes only its own aXcelerate record, so linked ones may go concurrently (the aXcelerate
        // client's rate limiter paces them); matching and creating stay one after another. After a failure no further
        // record starts and the ones in flight finish, as one after another would.
        if (concurrent.Count > 0)
        {
            var gate = new Lock();
            await Parallel.ForEachAsync(
                concurrent,
                new ParallelOptions { MaxDegreeOfParallelism = behaviour.Concurrency },
                async (record, _) =>
                {
                    var result = await OneAsync(record).ConfigureAwait(false);
                    lock (gate)
                    {
                        done(result);
                    }
                }).ConfigureAwait(false);
        }

        async Task<ImportRecordResult> OneAsync(HubSpotObject record)
        {
            var s = byId[record.Id];
            linked.TryGetValue(record.Id, out var link);
            using (OutgoingCallContext.Begin(behaviour.Operation, Entity, link?.AxcelerateId.ToString(CultureInfo.InvariantCulture) ?? record.Id))
            {
                return await ImportOneAsync(s.Record, s.View, s.Full, s.Hash, s.State, link, current, plan, dryRun, behaviour, run, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<ImportRecordResult> ImportOneAsync(
        HubSpotObject record,
        IReadOnlyDictionary<string, string?> view,
        MappingResult full,
        string hash,
        object? state,
        RecordLink? link,
        IReadOnlyDictionary<long, AxcelerateView> current,
        MappingPlan plan,
        bool dryRun,
        ImportBehaviour behaviour,
        ImportRun? run,
        CancellationToken cancellationToken)
    {
        try
        {
            if (link is not null)
            {
                if (link.LastSyncedToAxcelerate?.ValuesHash == hash)
                {
                    return new ImportRecordResult(record.Id, ImportOutcome.Unchanged) { AxcelerateId = link.AxcelerateId };
                }

                if (!current.TryGetValue(link.AxcelerateId, out var linkedRecord))
                {
                    return Failed(record.Id, link.AxcelerateId, $"The linked aXcelerate {Noun} {link.AxcelerateId} no longer exists; unlink it to import the record again.");
                }

                var updated = await WriteChangesAsync(record.Id, UnmovedSinceLastPush(record, view, plan, link, linkedRecord), plan, linkedRecord, hash, ImportOutcome.Updated, dryRun, run, cancellationToken).ConfigureAwait(false);
                await RecordHeldAsync(updated, linkedRecord.Fields, view, plan, link.LastSyncedToHubSpot, dryRun, cancellationToken).ConfigureAwait(false);
                return updated;
            }

            var (key, missing) = KeyOf(record);
            if (key is null)
            {
                return new ImportRecordResult(record.Id, ImportOutcome.Skipped) { Reason = missing };
            }

            // Matching again before creating is what makes a create that reached aXcelerate before a crash not repeat.
            var matches = await FindAsync(record, key, view, run, cancellationToken).ConfigureAwait(false);
            if (matches.Count > 1)
            {
                var ids = matches.Select(m => m.Id).Order().ToArray();
                return new ImportRecordResult(record.Id, ImportOutcome.Ambiguous)
                {
                    CandidateIds = ids,
                    Reason = $"{ids.Length} aXcelerate {Noun}s match '{key}' ({string.Join(", ", ids)}); link one by hand or remove the duplicates.",
                };
            }

            if (matches.Count == 1)
            {
                var match = matches[0];
                var other = await links.FindByAxcelerateIdAsync(Entity, match.Id, cancellationToken).ConfigureAwait(false);
                if (other is not null && other.HubSpotId != record.Id)
                {
                    return Failed(record.Id, match.Id, $"The matching aXcelerate {Noun} {match.Id} is already linked to HubSpot record {other.HubSpotId}.");
                }

                if (!dryRun)
                {
                    await links.LinkAsync(Entity, match.Id, record.Id, cancellationToken).ConfigureAwait(false);
                }

                // From here on the writes are about the matched aXcelerate record.
                using var matched = OutgoingCallContext.Begin(behaviour.Operation, Entity, match.Id.ToString(CultureInfo.InvariantCulture));

                var linkedNow = await WriteChangesAsync(record.Id, view, plan, match, hash, ImportOutcome.Linked, dryRun, run, cancellationToken).ConfigureAwait(false);
                await RecordHeldAsync(linkedNow, match.Fields, view, plan, lastPushed: null, dryRun, cancellationToken).ConfigureAwait(false);
                return linkedNow;
            }

            if (!behaviour.CreateUnmatched)
            {
                return new ImportRecordResult(record.Id, ImportOutcome.Skipped)
                {
                    Reason = $"No aXcelerate {Noun} matches '{key}', and creating unmatched {Noun}s is off; the record was not created. Import it, or link it by hand.",
                };
            }

            if (CannotCreate(state) is { } why)
            {
                // Skipped with the reason: the record imports on a later run once the reason is gone.
                return new ImportRecordResult(record.Id, ImportOutcome.Skipped) { Reason = why };
            }

            if (dryRun)
            {
                return new ImportRecordResult(record.Id, ImportOutcome.Created) { Changes = full.Values };
            }

            // Linked at once, so that whatever fails afterwards, the next run finds the record by its link, not by creating it again.
            run?.Written(key);
            var id = await CreateAsync(full, state, cancellationToken).ConfigureAwait(false);
            await links.LinkAsync(Entity, id, record.Id, cancellationToken).ConfigureAwait(false);
            string? note;
            try
            {
                note = await CompleteCreateAsync(id, full, cancellationToken).ConfigureAwait(false);
            }
            catch (IntegrationApiException ex) when (!ex.IsTransient)
            {
                return Failed(record.Id, id, $"Created and linked aXcelerate {Noun} {id}, but {Refusal(ex)} The next import retries the rest.");
            }

            await links.RecordSyncAsync(Entity, id, SyncDirection.ToAxcelerate, hash, cancellationToken).ConfigureAwait(false);
            var created = new ImportRecordResult(record.Id, ImportOutcome.Created) { AxcelerateId = id, Changes = full.Values, Reason = note };
            await RecordHeldAsync(created, EmptyFields, view, plan, lastPushed: null, dryRun, cancellationToken).ConfigureAwait(false);
            return created;
        }
        catch (IntegrationApiException ex) when (!ex.IsTransient)
        {
            return Failed(record.Id, link?.AxcelerateId, Refusal(ex));
        }
        catch (StoreConflictException ex)
        {
            return Failed(record.Id, link?.AxcelerateId, ex.Message);
        }
        catch (ArgumentException ex) when (ex.ParamName is not null)
        {
            // The client refused the values before sending them (e.g. a contact without a surname): this record cannot
            // be written as it is; the rest of the page goes on.
            return Failed(record.Id, link?.AxcelerateId, $"{ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal)} Complete the HubSpot record, then run it again.");
        }

    }

    // A linked contact's two-way fields are left out (aXcelerate's value stands) when HubSpot has not changed them since
    // the last push (when the push is the latest sync), so an aXcelerate edit not pushed yet is not overwritten with
    // HubSpot's older value; and when both sides changed one since that push, the later change wins as in the push:
    // HubSpot's record time against aXcelerate's LASTUPDATED (to the minute, taken as the end of it), a tie to aXcelerate.
    private static IReadOnlyDictionary<string, string?> UnmovedSinceLastPush(HubSpotObject record, IReadOnlyDictionary<string, string?> view, MappingPlan plan, RecordLink link, AxcelerateView target)
    {
        if (link.LastSyncedToHubSpot is not { } push
            || (link.LastSyncedToAxcelerate is { } pull && pull.At > push.At)
            || Push.ContactSyncHashes.PushedFields(push.ValuesHash) is not { } pushed)
        {
            return view;
        }

        var axcelerateNow = plan.ToHubSpot(record.Id, target.Fields).Values;
        var axcelerateChanged = target.Fields.TryGetValue("LASTUPDATED", out var lastUpdated)
            ? AxcelerateDates.ParseDateTime(lastUpdated, plan.TimeZone)?.AddMinutes(1).AddTicks(-1)
            : null;
        var kept = new Dictionary<string, string?>(view, StringComparer.OrdinalIgnoreCase);
        foreach (var field in plan.Fields.Where(f => f.Rule == SyncRule.TwoWay))
        {
            if (!pushed.TryGetValue(field.HubSpotProperty, out var last))
            {
                continue;
            }

            view.TryGetValue(field.HubSpotProperty, out var current);
            var hubSpotMoved = Push.ContactSyncHashes.Field(current) != last;
            axcelerateNow.TryGetValue(field.HubSpotProperty, out var axcelerateValue);
            var axcelerateMoved = Push.ContactSyncHashes.Field(axcelerateValue) != last;
            var axcelerateIsLater = axcelerateChanged is { } changed && (record.UpdatedAt is not { } updated || changed >= updated);
            if (!hubSpotMoved || (axcelerateMoved && axcelerateIsLater))
            {
                kept.Remove(field.HubSpotProperty);
            }
        }

        return kept;
    }

    private async Task<ImportRecordResult> WriteChangesAsync(
        string hubSpotId,
        IReadOnlyDictionary<string, string?> view,
        MappingPlan plan,
        AxcelerateView target,
        string hash,
        ImportOutcome changedOutcome,
        bool dryRun,
        ImportRun? run,
        CancellationToken cancellationToken)
    {
        var changes = plan.ToAxcelerate(hubSpotId, view, ComparableFields(target, plan));
        if (changes.HasErrors)
        {
            return ConversionFailed(hubSpotId, changes, target.Id);
        }

        string? note = null;
        if (!dryRun)
        {
            if (changes.Values.Count > 0)
            {
                if (run is not null)
                {
                    // The record may now answer to other keys (e.g. a new email): the index no longer speaks for either.
                    run.Written(KeyOf(target));
                    run.Written(KeyOf(target with { Fields = Merge(target.Fields, changes.Values) }));
                }

                note = await UpdateAsync(target, changes, cancellationToken).ConfigureAwait(false);
            }

            await links.RecordSyncAsync(Entity, target.Id, SyncDirection.ToAxcelerate, hash, cancellationToken).ConfigureAwait(false);
        }

        var outcome = changes.Values.Count == 0 && changedOutcome == ImportOutcome.Updated ? ImportOutcome.Unchanged : changedOutcome;
        return new ImportRecordResult(hubSpotId, outcome) { AxcelerateId = target.Id, Changes = changes.Values, Reason = note };
    }

    // After a pull into a contact (created, linked or updated), a per-field ToHubSpot stamp of what both systems now hold:
    // without it the next HubSpot change could not tell which fields aXcelerate moved since the pull, and would overwrite
    // an aXcelerate edit that is not pushed yet. Where the two still differ, the last push stamp's hash stands.
    private async ValueTask RecordHeldAsync(ImportRecordResult result, IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> hubSpot, MappingPlan plan, SyncStamp? lastPushed, bool dryRun, CancellationToken cancellationToken)
    {
        if (dryRun || Entity != MappedEntity.Contact || result.Outcome == ImportOutcome.Failed || result.AxcelerateId is not { } id)
        {
            return;
        }

        var held = Push.ContactSyncHashes.Held(plan, result.HubSpotId, Merge(before, result.Changes), hubSpot, lastPushed?.ValuesHash);
        await links.RecordSyncAsync(Entity, id, SyncDirection.ToHubSpot, held, cancellationToken).ConfigureAwait(false);
    }

    private static readonly IReadOnlyDictionary<string, string?> EmptyFields = new Dictionary<string, string?>();

    private static Dictionary<string, string?> Merge(IReadOnlyDictionary<string, string?> fields, IReadOnlyDictionary<string, string> changes)
    {
        var merged = new Dictionary<string, string?>(fields, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in changes)
        {
            merged[name] = value;
        }

        return merged;
    }

    private async Task<IReadOnlyDictionary<string, PreparedRecord>> PrepareWithContextAsync(IReadOnlyList<HubSpotObject> records, string operation, CancellationToken cancellationToken)
    {
        using (OutgoingCallContext.Begin(operation, Entity))
        {
            return await PrepareAsync(records, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Refusal(IntegrationApiException ex) =>
        $"{ex.Service} refused the write ({(ex.StatusCode is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : "no response")}): {ex.Message}";

    private static ImportRecordResult Failed(string hubSpotId, long? axcelerateId, string reason) =>
        new(hubSpotId, ImportOutcome.Failed) { AxcelerateId = axcelerateId, Reason = reason };

    private static ImportRecordResult ConversionFailed(string hubSpotId, MappingResult result, long? axcelerateId) =>
        new(hubSpotId, ImportOutcome.Failed)
        {
            AxcelerateId = axcelerateId,
            ConversionErrors = result.Errors,
            Reason = string.Join(" ", result.Errors.Select(e => e.Message)),
        };
}

/// <summary>How a caller other than the import runs the per-record flow (the webhook processor).</summary>
/// <param name="Operation">What the requests are for in the outgoing log.</param>
/// <param name="CreateUnmatched">Whether a record that matches nothing is created (false: skipped with the reason).</param>
internal sealed record ImportBehaviour(string Operation, bool CreateUnmatched)
{
    /// <summary>How many linked records may be written at once (1: one after another, as the import does).</summary>
    public int Concurrency { get; init; } = 1;

    public static ImportBehaviour Import { get; } = new(EntityImporter.Operation, CreateUnmatched: true);
}

/// <summary>An aXcelerate record as the importer compares it: its id, its field view, and the typed record it came from.</summary>
/// <param name="Id">The aXcelerate id.</param>
/// <param name="Fields">The field view (<see cref="RecordFields"/>).</param>
/// <param name="Record">The typed record.</param>
internal sealed record AxcelerateView(long Id, IReadOnlyDictionary<string, string?> Fields, object Record);

/// <summary>A record made ready for mapping: the view to map, or why it cannot be imported; and what its create needs.</summary>
/// <param name="View">The field view to map; null when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Skipped or Failed when the record cannot be imported; null when it can.</param>
/// <param name="Reason">Why, when it cannot.</param>
/// <param name="State">What the entity's create needs besides the mapped values (e.g. the marketing contact).</param>
internal sealed record PreparedRecord(IReadOnlyDictionary<string, string?>? View, ImportOutcome? Problem = null, string? Reason = null, object? State = null);
