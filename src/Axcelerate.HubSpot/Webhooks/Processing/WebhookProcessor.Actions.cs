using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Webhooks;

internal sealed partial class WebhookProcessor
{
    // A pass's linked records are written to aXcelerate this many at a time (each record once per pass, so one record's
    // events keep their order); the aXcelerate client's rate limiter sets the pace.
    private const int ApplyConcurrency = 8;

    private async Task ProcessEntityAsync(MappedEntity entity, List<Work> work, Settings.SyncSettings flows, Pass pass, CancellationToken cancellationToken)
    {
        var importer = ImporterOf(entity);
        var noun = importer.RecordNoun;

        // Per record: creations first, then the order things happened in HubSpot.
        var groups = work
            .GroupBy(w => w.TargetId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(w => w.Event.Rank).ThenBy(w => w.Event.Entry.OccurredAt).ThenBy(w => w.Event.Entry.Id).ToList())
            .ToList();

        // 1. One batch read per entity of every record the events are about, and of every merge's survivor (webhooks
        // are signals, not truth): a merged-away id reads as the record it ended in, after later merges too.
        var mergeEvents = groups.SelectMany(g => g).Where(w => w.Event.Kind == WebhookEvent.Merge).ToList();
        var plan = await mappings.GetPlanAsync(entity, cancellationToken).ConfigureAwait(false);
        var ids = groups.Select(g => g[0].TargetId).Concat(mergeEvents.Select(m => m.Event.NewObjectId ?? m.Event.ObjectId!)).Distinct(StringComparer.Ordinal).ToList();
        var current = await ReadAsync(importer, plan.Fields.Select(f => f.HubSpotProperty), ids, cancellationToken).ConfigureAwait(false);

        // 2. Merges move links first, to the record the merge ended in now. Its hs_merged_object_ids lists every id merged
        // into it, primary first through chained merges, so a merge processed before an earlier one it builds on (failed,
        // shuffled or duplicated deliveries) still keeps the primary's link rather than the merged-away record's.
        var survivors = new Dictionary<string, List<Work>>(StringComparer.Ordinal);
        foreach (var merge in mergeEvents)
        {
            await GuardAsync(pass, [merge], async () =>
            {
                var survivor = merge.Event.NewObjectId ?? merge.Event.ObjectId!;
                var events = merge.Event.MergedObjectIds.Prepend(merge.Event.ObjectId!);
                if (current.TryGetValue(survivor, out var now))
                {
                    events = MergedIdsOf(now).Concat(events);
                    survivor = now.Id;
                }

                var retired = events.Where(id => id != survivor).Distinct(StringComparer.Ordinal).ToList();
                var moved = await RelinkAsync(entity, noun, retired, survivor, cancellationToken).ConfigureAwait(false);
                Add(survivors, survivor, merge);
                pass.Finish(merge.Event.Entry, IncomingStatus.Succeeded, result: moved); // refined below once the survivor is applied
            }).ConfigureAwait(false);
        }

        // 3. Per record: deletions and re-pointed ids, then what to apply.
        var toApply = new Dictionary<string, (HubSpotObject Record, bool MayCreate, List<Work> Events)>(StringComparer.Ordinal);
        var associationDeals = new List<(string DealId, List<Work> Events)>();
        foreach (var group in groups)
        {
            var id = group[0].TargetId;
            var open = group.Where(w => pass.IsOpen(w.Event.Entry)).ToList();
            var deletions = open.Where(w => w.Event.Kind == WebhookEvent.Deletion).ToList();
            var associations = open.Where(w => w.Event.Kind == WebhookEvent.AssociationChange).ToList();
            var changes = open.Where(w => w.Event.Kind is WebhookEvent.Creation or WebhookEvent.PropertyChange).ToList();
            current.TryGetValue(id, out var record);
            if (record is not null && record.Id != id && !flows.IsEnabled(MergeFlow(entity)))
            {
                // Read under an id HubSpot merged away, but merges are switched off: the link is not moved.
                foreach (var item in open)
                {
                    pass.Finish(item.Event.Entry, IncomingStatus.Skipped, error: $"HubSpot merged {noun} {id} into {record.Id}, and the {MergeFlow(entity)} sync setting is off; the link was not moved.");
                }

                continue;
            }

            await GuardAsync(pass, open, async () =>
            {
                if (record is not null && record.Id != id)
                {
                    // Read under an id HubSpot merged away: the link follows the surviving record. Every id merged into it
                    // is considered (in HubSpot's order, the primary first), so whichever of a merge's events comes first
                    // leaves the same single link.
                    var listed = MergedIdsOf(record);
                    List<string> retired = listed.Contains(id) ? listed : [.. listed, id];
                    var moved = await RelinkAsync(entity, noun, retired, record.Id, cancellationToken).ConfigureAwait(false);
                    foreach (var deletion in deletions)
                    {
                        pass.Finish(deletion.Event.Entry, IncomingStatus.Succeeded, result: $"HubSpot merged {noun} {id} into {record.Id}: {moved}");
                    }
                }
                else if (deletions.Count > 0)
                {
                    var outcome = record is null
                        ? await DeleteAsync(entity, noun, id, cancellationToken).ConfigureAwait(false)
                        : (IncomingStatus.Skipped, $"The HubSpot {noun} {id} still exists (restored?); nothing was deleted.");
                    foreach (var deletion in deletions)
                    {
                        pass.Finish(deletion.Event.Entry, outcome.Item1, outcome.Item1 == IncomingStatus.Skipped ? outcome.Item2 : null, outcome.Item1 == IncomingStatus.Skipped ? null : outcome.Item2);
                    }
                }
            }).ConfigureAwait(false);

            if (record is null)
            {
                foreach (var change in changes.Concat(associations))
                {
                    pass.Finish(change.Event.Entry, IncomingStatus.Skipped, error: $"The HubSpot {noun} {id} no longer exists (deleted, or merged away); nothing to apply.");
                }

                continue;
            }

            if (changes.Count > 0)
            {
                var mayCreate = record.Id == id && changes.Any(c => c.Event.Kind == WebhookEvent.Creation);
                Add(toApply, record, mayCreate, changes);
            }

            if (associations.Count > 0)
            {
                associationDeals.Add((record.Id, associations));
            }
        }

        foreach (var (survivor, merges) in survivors)
        {
            if (current.TryGetValue(survivor, out var record))
            {
                Add(toApply, record, mayCreate: false, merges);
            }
        }

        // 4. Creations and changes through the importer's per-record flow (match, link, create, update, sync stamp).
        await ApplyAsync(importer, plan, entity, noun, toApply, pass, cancellationToken).ConfigureAwait(false);

        // 5. Deal ⇄ contact association changes keep the opportunity's marketing contact current.
        foreach (var (dealId, events) in associationDeals)
        {
            await GuardAsync(pass, events, async () =>
            {
                var (status, text) = await UpdateMarketingContactAsync(dealId, cancellationToken).ConfigureAwait(false);
                foreach (var e in events)
                {
                    pass.Finish(e.Event.Entry, status, status == IncomingStatus.Succeeded ? null : text, status == IncomingStatus.Succeeded ? text : null);
                }
            }).ConfigureAwait(false);
        }
    }

    private static void Add(Dictionary<string, List<Work>> map, string key, Work work)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(work);
    }

    private static void Add(Dictionary<string, (HubSpotObject Record, bool MayCreate, List<Work> Events)> map, HubSpotObject record, bool mayCreate, List<Work> events)
    {
        map[record.Id] = map.TryGetValue(record.Id, out var existing)
            ? (record, existing.MayCreate || mayCreate, [.. existing.Events, .. events])
            : (record, mayCreate, events);
    }

    private static List<string> MergedIdsOf(HubSpotObject record) =>
        [.. (record.GetProperty(MergedIdsProperty) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // Re-reads records by id in batches of 100; a merged-away id maps to the record it was merged into.
    private async Task<Dictionary<string, HubSpotObject>> ReadAsync(EntityImporter importer, IEnumerable<string> mapped, List<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, HubSpotObject>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        var properties = mapped.Concat(importer.KeyProperties).Append(MergedIdsProperty).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var chunk in ids.Chunk(100))
        {
            var result = await importer.Source(hubSpot).BatchReadAsync(chunk, new HubSpotGetOptions { Properties = properties }, cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Results)
            {
                found[record.Id] = record;
                foreach (var merged in MergedIdsOf(record))
                {
                    found.TryAdd(merged, record);
                }
            }
        }

        return found;
    }

    private async Task ApplyAsync(
        EntityImporter importer,
        Mapping.MappingPlan plan,
        MappedEntity entity,
        string noun,
        Dictionary<string, (HubSpotObject Record, bool MayCreate, List<Work> Events)> toApply,
        Pass pass,
        CancellationToken cancellationToken)
    {
        if (toApply.Count == 0)
        {
            return;
        }

        var linked = await links.FindByHubSpotIdsAsync(entity, toApply.Keys.ToList(), cancellationToken).ConfigureAwait(false);
        var behaviour = new ImportBehaviour(Operation, entity != MappedEntity.Contact || options.CurrentValue.WebhookProcessing.CreateUnmatchedContacts) { Concurrency = ApplyConcurrency };
        var records = toApply.Values.Select(v => v.Record).ToList();
        try
        {
            await importer.ImportAsync(
                records,
                plan,
                dryRun: false,
                record => toApply[record.Id].MayCreate || linked.ContainsKey(record.Id)
                    ? null
                    : $"The HubSpot {noun} {record.Id} is not linked to aXcelerate, and the event is no creation; import or link it first.",
                result => Finish(pass, noun, toApply[result.HubSpotId].Events, result),
                cancellationToken,
                behaviour).ConfigureAwait(false);
        }
        catch (IntegrationApiException ex)
        {
            // Transient (or thrown outside a record): the records not done yet share it; those done keep their outcome.
            foreach (var work in toApply.Values.SelectMany(v => v.Events).Where(w => pass.IsOpen(w.Event.Entry) || (w.Event.Kind == WebhookEvent.Merge && !pass.IsAmended(w.Event.Entry))))
            {
                // A merge whose survivor was not applied yet runs again: moving the link again is harmless.
                pass.Fail(work.Event.Entry, ex, replace: work.Event.Kind == WebhookEvent.Merge);
            }
        }
    }

    private static void Finish(Pass pass, string noun, List<Work> events, ImportRecordResult result)
    {
        var fields = result.Changes.Count == 0 ? "" : ": " + string.Join(", ", result.Changes.Keys.Order(StringComparer.OrdinalIgnoreCase));
        var note = result.Reason is null ? "" : " " + result.Reason;
        var (status, text) = result.Outcome switch
        {
            ImportOutcome.Created => (IncomingStatus.Succeeded, $"created aXcelerate {noun} {result.AxcelerateId} and linked it{fields}{note}"),
            ImportOutcome.Linked => (IncomingStatus.Succeeded, $"linked to aXcelerate {noun} {result.AxcelerateId}, the one match{(fields.Length > 0 ? "; updated" + fields : "")}{note}"),
            ImportOutcome.Updated => (IncomingStatus.Succeeded, $"updated aXcelerate {noun} {result.AxcelerateId}{fields}{note}"),
            ImportOutcome.Unchanged => (IncomingStatus.Succeeded, $"aXcelerate {noun} {result.AxcelerateId} is already up to date{note}"),
            ImportOutcome.Skipped => (IncomingStatus.Skipped, result.Reason ?? "Skipped."),
            _ => (IncomingStatus.Failed, result.Reason ?? "Failed."),
        };
        foreach (var work in events)
        {
            if (work.Event.Kind == WebhookEvent.Merge)
            {
                // The merge already moved the link; say what applying the surviving record did as well.
                pass.Amend(work.Event.Entry, status, text);
            }
            else if (status == IncomingStatus.Succeeded)
            {
                pass.Finish(work.Event.Entry, status, result: text);
            }
            else
            {
                pass.Finish(work.Event.Entry, status, error: text);
            }
        }
    }

    /// <summary>Moves the link of merged-away HubSpot ids to the surviving id, leaving exactly one link (or none when none was linked).</summary>
    private async Task<string> RelinkAsync(MappedEntity entity, string noun, IReadOnlyList<string> retired, string survivor, CancellationToken cancellationToken)
    {
        var survivorLink = await links.FindByHubSpotIdAsync(entity, survivor, cancellationToken).ConfigureAwait(false);
        var found = await links.FindByHubSpotIdsAsync(entity, retired, cancellationToken).ConfigureAwait(false);
        var old = retired.Where(found.ContainsKey).Select(id => found[id]).ToList(); // the primary first
        if (old.Count == 0)
        {
            return survivorLink is null
                ? $"none of the merged HubSpot {noun}s was linked; nothing to move"
                : $"HubSpot {noun} {survivor} is linked to aXcelerate {noun} {survivorLink.AxcelerateId}";
        }

        var parts = new List<string>();
        var extra = old;
        if (survivorLink is null)
        {
            var keep = old[0];
            await links.ReplaceHubSpotIdAsync(entity, keep.HubSpotId, survivor, cancellationToken).ConfigureAwait(false);
            WebhookProcessingLog.Relinked(logger, entity, keep.AxcelerateId, keep.HubSpotId, survivor);
            parts.Add($"link of aXcelerate {noun} {keep.AxcelerateId} moved from HubSpot {noun} {keep.HubSpotId} to {survivor}");
            extra = old.Skip(1).ToList();
        }
        else
        {
            parts.Add($"HubSpot {noun} {survivor} is linked to aXcelerate {noun} {survivorLink.AxcelerateId}");
        }

        foreach (var link in extra)
        {
            // Two aXcelerate records were linked to records HubSpot merged: one link stays, the other record is freed.
            await links.UnlinkAsync(entity, link.AxcelerateId, cancellationToken).ConfigureAwait(false);
            parts.Add($"aXcelerate {noun} {link.AxcelerateId} (linked to merged-away HubSpot {noun} {link.HubSpotId}) was unlinked; merge the duplicate aXcelerate {noun}s by hand");
        }

        return string.Join("; ", parts);
    }

    private async Task<(IncomingStatus, string)> DeleteAsync(MappedEntity entity, string noun, string hubSpotId, CancellationToken cancellationToken)
    {
        var link = await links.FindByHubSpotIdAsync(entity, hubSpotId, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return (IncomingStatus.Succeeded, $"HubSpot {noun} {hubSpotId} was deleted; it was not linked, so nothing changed");
        }

        if (options.CurrentValue.WebhookProcessing.ContactDeletion == ContactDeletionAction.Unlink)
        {
            await links.UnlinkAsync(entity, link.AxcelerateId, cancellationToken).ConfigureAwait(false);
            return (IncomingStatus.Succeeded, $"HubSpot {noun} {hubSpotId} was deleted: unlinked aXcelerate {noun} {link.AxcelerateId} (kept in aXcelerate)");
        }

        return (IncomingStatus.Succeeded, $"HubSpot {noun} {hubSpotId} was deleted: aXcelerate {noun} {link.AxcelerateId} stays linked (ContactDeletion is Leave)");
    }

    private async Task<(IncomingStatus, string)> UpdateMarketingContactAsync(string dealId, CancellationToken cancellationToken)
    {
        var link = await links.FindByHubSpotIdAsync(MappedEntity.Opportunity, dealId, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return (IncomingStatus.Skipped, $"The HubSpot deal {dealId} is not linked to an aXcelerate opportunity; nothing to update.");
        }

        var marketing = await opportunities.MarketingContactsAsync([dealId], cancellationToken).ConfigureAwait(false);
        if (!marketing.TryGetValue(dealId, out var contactId))
        {
            return (IncomingStatus.Skipped, $"None of the contacts of HubSpot deal {dealId} is linked to aXcelerate; the marketing contact of opportunity {link.AxcelerateId} was left as it is.");
        }

        var task = await axcelerate.Tasks.GetAsync(link.AxcelerateId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return (IncomingStatus.Failed, $"The linked aXcelerate opportunity {link.AxcelerateId} no longer exists; unlink it.");
        }

        if (task.MarketingContactId == contactId)
        {
            return (IncomingStatus.Succeeded, $"the marketing contact of aXcelerate opportunity {link.AxcelerateId} is already contact {contactId.ToString(CultureInfo.InvariantCulture)}");
        }

        await axcelerate.Tasks.UpdateAsync(link.AxcelerateId, new AxcelerateTaskWrite { MarketingContactId = contactId }, cancellationToken).ConfigureAwait(false);
        return (IncomingStatus.Succeeded, $"the marketing contact of aXcelerate opportunity {link.AxcelerateId} is now contact {contactId.ToString(CultureInfo.InvariantCulture)} (was {task.MarketingContactId?.ToString(CultureInfo.InvariantCulture) ?? "none"})");
    }

    // A failure of one record's work fails (or retries) its open entries only; the pass goes on with the next record.
    private static async Task GuardAsync(Pass pass, IReadOnlyList<Work> events, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (IntegrationApiException ex)
        {
            foreach (var work in events)
            {
                pass.Fail(work.Event.Entry, ex);
            }
        }
        catch (StoreConflictException ex)
        {
            foreach (var work in events)
            {
                pass.Finish(work.Event.Entry, IncomingStatus.Failed, error: ex.Message);
            }
        }
    }
}
