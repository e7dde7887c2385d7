using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Records;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Push;

/// <summary>
/// The push of aXcelerate contacts to HubSpot. Per call: one aXcelerate read per 100 contacts, one store read of the
/// links, one HubSpot batch read per 100 linked contacts (by id) and per 100 unlinked ones (by email), then one batch
/// update per 100 changed contacts and one batch upsert per 100 new ones. Two-way fields go to the side that changed
/// since the last push; when both changed, to the later change (see <c>Changes</c>).
/// </summary>
internal sealed class ContactPushService(
    IHubSpotClient hubSpot,
    IAxcelerateClient axcelerate,
    IFieldMappingService mappings,
    IRecordLinkStore links,
    ISyncSettingsService settings,
    Telemetry.IntegrationTelemetry telemetry,
    TimeProvider timeProvider,
    ILogger<ContactPushService> logger) : IContactPushService
{
    public const string Operation = "contact.push";

    /// <summary>The operation's name in spans and record counts.</summary>
    public const string TelemetryOperation = "push";

    private const MappedEntity Entity = MappedEntity.Contact;
    private const string EmailProperty = "email";
    private const string LastUpdatedField = "LASTUPDATED";

    public async Task<ContactPushResult> PushAsync(long contactId, CancellationToken cancellationToken = default)
    {
        var report = await PushManyAsync([contactId], cancellationToken).ConfigureAwait(false);
        return report.Records[0];
    }

    public async Task<ContactPushReport> PushManyAsync(IEnumerable<long> contactIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        var ids = contactIds.Distinct().ToList();
        if (ids.FirstOrDefault(id => id <= 0) is var bad and not 0)
        {
            throw new ArgumentOutOfRangeException(nameof(contactIds), bad, $"aXcelerate contact ids are positive; {bad} is not.");
        }

        if (ids.Count == 0)
        {
            return new ContactPushReport([]);
        }

        using var activity = Telemetry.IntegrationTelemetry.StartOperation(TelemetryOperation, Entity, ids.Count == 1 ? Text(ids[0]) : null);
        IReadOnlyList<AxcelerateContact> contacts;
        try
        {
            using (OutgoingCallContext.Begin(Operation, Entity, ids.Count == 1 ? Text(ids[0]) : null))
            {
                contacts = await axcelerate.Contacts.GetManyAsync(ids, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IntegrationApiException ex)
        {
            var failed = ids.ConvertAll(id => Failed(id, null, $"Could not read the contact from aXcelerate: {Refusal(ex)}", ex.IsTransient));
            RecordRecords(failed);
            return Done(failed);
        }

        var found = new Dictionary<long, AxcelerateContact>();
        foreach (var contact in contacts)
        {
            found.TryAdd(contact.ContactId, contact);
        }

        var pushed = await PushReadAsync([.. ids.Where(found.ContainsKey).Select(id => found[id])], cancellationToken).ConfigureAwait(false);
        var byId = pushed.ToDictionary(r => r.AxcelerateId);
        var missing = ids.Where(id => !byId.ContainsKey(id)).Select(id => Failed(id, null, $"aXcelerate has no contact {id} (deleted, merged, or never existed).", transient: false)).ToList();
        RecordRecords(missing);
        foreach (var result in missing)
        {
            byId[result.AxcelerateId] = result;
        }

        return Done(ids.ConvertAll(id => byId[id]));
    }

    /// <summary>Pushes contacts already read from aXcelerate (the poller's day windows), one result each, in order.</summary>
    internal async Task<IReadOnlyList<ContactPushResult>> PushReadAsync(IReadOnlyList<AxcelerateContact> contacts, CancellationToken cancellationToken)
    {
        if (contacts.Count == 0)
        {
            return [];
        }

        var plan = await mappings.GetPlanAsync(Entity, cancellationToken).ConfigureAwait(false);
        var createOn = await settings.ShouldRunAsync(SyncFlow.PushContactOnCreate, "new aXcelerate contacts", cancellationToken).ConfigureAwait(false);
        var updateOn = await settings.ShouldRunAsync(SyncFlow.PushContactOnUpdate, "linked aXcelerate contacts", cancellationToken).ConfigureAwait(false);
        var linked = await links.FindByAxcelerateIdsAsync(Entity, contacts.Select(c => c.ContactId).ToList(), cancellationToken).ConfigureAwait(false);
        var results = new Dictionary<long, ContactPushResult>();
        var work = new List<Pending>();
        foreach (var contact in contacts)
        {
            var id = contact.ContactId;
            linked.TryGetValue(id, out var link);
            var view = RecordFields.From(contact);
            var full = plan.ToHubSpot(Text(id), view);
            if (full.HasErrors)
            {
                results[id] = ConversionFailed(id, link?.HubSpotId, full);
                continue;
            }

            var hash = ContactSyncHashes.Pushed(full);
            if (link is null)
            {
                if (!createOn)
                {
                    results[id] = Skipped(id, null, "The PushContactOnCreate flow is off in the sync settings, and the contact is not linked to HubSpot yet.");
                }
                else if (MatchKeys.Email(contact.EmailAddress) is not { } email)
                {
                    results[id] = Skipped(id, null, "The contact has no email address; HubSpot contacts are created by email, so it was not created (a retry could duplicate it).");
                }
                else
                {
                    work.Add(new Pending(contact, view, full, hash, null, email));
                }

                continue;
            }

            if (!updateOn)
            {
                results[id] = Skipped(id, link.HubSpotId, "The PushContactOnUpdate flow is off in the sync settings.");
            }
            else if (link.LastSyncedToHubSpot?.ValuesHash == hash)
            {
                results[id] = Unchanged(id, link.HubSpotId, "The mapped values are the ones last pushed to HubSpot.");
            }
            else if (link.LastSyncedToAxcelerate is { } pulled
                && ContactSyncHashes.AsIfPulled(plan, view) == pulled.ValuesHash
                && !ContactSyncHashes.AxcelerateOnlyMoved(plan, full, link.LastSyncedToHubSpot))
            {
                // HubSpot holds these values (they came from it): stamp them as pushed, so a later HubSpot webhook can tell
                // per field which side moved and does not overwrite an aXcelerate edit that is not pushed yet.
                await links.RecordSyncAsync(Entity, id, SyncDirection.ToHubSpot, hash, cancellationToken).ConfigureAwait(false);
                results[id] = Unchanged(id, link.HubSpotId, "The mapped values are the ones the integration last wrote into aXcelerate from HubSpot (an echo, not an aXcelerate change).");
            }
            else
            {
                work.Add(new Pending(contact, view, full, hash, link, null));
            }
        }

        var properties = plan.Fields.Select(f => f.HubSpotProperty).Append(EmailProperty).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var current = await ReadLinkedAsync(work, properties, results, cancellationToken).ConfigureAwait(false);
        await FindByEmailAsync(work, properties, current, results, cancellationToken).ConfigureAwait(false);

        // Compare with HubSpot; what differs is updated in batches, what HubSpot lacks is created by upsert.
        var updates = new List<(Pending Item, MappingResult Changes, bool JustLinked)>();
        var creates = new List<Pending>();
        foreach (var item in work)
        {
            var id = item.Id;
            if (results.ContainsKey(id))
            {
                continue;
            }

            if (!current.TryGetValue(id, out var record))
            {
                creates.Add(item);
                continue;
            }

            var justLinked = item.Link is null;
            if (justLinked)
            {
                try
                {
                    await links.LinkAsync(Entity, id, record.Id, cancellationToken).ConfigureAwait(false);
                }
                catch (StoreConflictException ex)
                {
                    results[id] = Failed(id, record.Id, $"HubSpot contact {record.Id} has the same email but is already linked to another aXcelerate contact: {ex.Message}", transient: false);
                    continue;
                }
            }

            var changes = Changes(plan, item, record);
            if (changes.HasErrors)
            {
                results[id] = ConversionFailed(id, record.Id, changes);
            }
            else if (changes.Values.Count == 0)
            {
                await links.RecordSyncAsync(Entity, id, SyncDirection.ToHubSpot, item.Hash, cancellationToken).ConfigureAwait(false);
                results[id] = justLinked
                    ? new ContactPushResult(id, ContactPushOutcome.Linked) { HubSpotId = record.Id, Reason = "HubSpot already had a contact with this email and all its values." }
                    : Unchanged(id, record.Id, "HubSpot already holds these values.");
            }
            else
            {
                updates.Add((item, changes, justLinked));
            }
        }

        await UpdateAsync(updates, current, results, cancellationToken).ConfigureAwait(false);
        await CreateAsync(creates, results, cancellationToken).ConfigureAwait(false);

        var ordered = contacts.Select(c => results[c.ContactId]).ToList();
        RecordRecords(ordered);
        var now = timeProvider.GetUtcNow();
        foreach (var written in ordered.Where(r => r.Outcome is ContactPushOutcome.Created or ContactPushOutcome.Updated or ContactPushOutcome.Linked && r.Changes.Count > 0))
        {
            // From the aXcelerate change (LASTUPDATED, to the minute) to its arrival in HubSpot, when aXcelerate says when.
            var contact = contacts.First(c => c.ContactId == written.AxcelerateId);
            if (RecordFields.From(contact).TryGetValue(LastUpdatedField, out var lastUpdated) && AxcelerateDates.ParseDateTime(lastUpdated, plan.TimeZone) is { } changedAt)
            {
                telemetry.RecordSyncLatency(SyncDirection.ToHubSpot, Entity, now - changedAt);
            }
        }

        foreach (var failed in ordered.Where(r => r.Outcome == ContactPushOutcome.Failed))
        {
            ContactPushLog.RecordFailed(logger, failed.AxcelerateId, failed.Reason ?? "");
        }

        return ordered;
    }

    // The linked HubSpot contacts, 100 per batch read; a linked contact HubSpot no longer has fails.
    private async Task<Dictionary<long, HubSpotObject>> ReadLinkedAsync(List<Pending> work, List<string> properties, Dictionary<long, ContactPushResult> results, CancellationToken cancellationToken)
    {
        var current = new Dictionary<long, HubSpotObject>();
        var linked = work.Where(w => w.Link is not null).ToList();
        if (linked.Count == 0)
        {
            return current;
        }

        HubSpotBatchResult<HubSpotObject> read;
        try
        {
            using (Scope(linked))
            {
                read = await hubSpot.Contacts.BatchReadAsync(linked.Select(w => w.Link!.HubSpotId), new HubSpotGetOptions { Properties = properties }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IntegrationApiException ex)
        {
            foreach (var item in linked)
            {
                results[item.Id] = Failed(item.Id, item.Link!.HubSpotId, $"Could not read the linked HubSpot contact: {Refusal(ex)}", ex.IsTransient);
            }

            return current;
        }

        foreach (var (index, record) in read.ResultsByInput)
        {
            current[linked[index].Id] = record;
        }

        foreach (var item in linked.Where(w => !current.ContainsKey(w.Id)))
        {
            results[item.Id] = Failed(item.Id, item.Link!.HubSpotId, $"The linked HubSpot contact {item.Link.HubSpotId} no longer exists (deleted or merged); unlink it to push the contact again.", transient: false);
        }

        return current;
    }

    // Unlinked contacts whose email HubSpot already has are linked to that contact and compared like linked ones.
    private async Task FindByEmailAsync(List<Pending> work, List<string> properties, Dictionary<long, HubSpotObject> current, Dictionary<long, ContactPushResult> results, CancellationToken cancellationToken)
    {
        var unlinked = work.Where(w => w.Link is null).ToList();
        if (unlinked.Count == 0)
        {
            return;
        }

        var emails = unlinked.Select(w => w.Email!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        HubSpotBatchResult<HubSpotObject> read;
        try
        {
            using (Scope(unlinked))
            {
                read = await hubSpot.Contacts.BatchReadAsync(emails, new HubSpotGetOptions { Properties = properties, IdProperty = EmailProperty }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IntegrationApiException ex)
        {
            foreach (var item in unlinked)
            {
                results[item.Id] = Failed(item.Id, null, $"Could not look the email up in HubSpot: {Refusal(ex)}", ex.IsTransient);
            }

            return;
        }

        var byEmail = read.ResultsByInput.ToDictionary(p => emails[p.Key], p => p.Value, StringComparer.OrdinalIgnoreCase);
        if (byEmail.Count == 0)
        {
            return;
        }

        var taken = await links.FindByHubSpotIdsAsync(Entity, byEmail.Values.Select(r => r.Id).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in unlinked)
        {
            if (!byEmail.TryGetValue(item.Email!, out var record))
            {
                continue;
            }

            if (taken.TryGetValue(record.Id, out var other))
            {
                results[item.Id] = Failed(item.Id, record.Id, $"HubSpot contact {record.Id} has the email {item.Email} but is already linked to aXcelerate contact {other.AxcelerateId}; link or merge them by hand.", transient: false);
            }
            else if (!claimed.Add(record.Id))
            {
                results[item.Id] = Failed(item.Id, record.Id, $"Another aXcelerate contact in this push has the email {item.Email} too; it was linked to HubSpot contact {record.Id}, this one was not.", transient: false);
            }
            else
            {
                current[item.Id] = record;
            }
        }
    }

    // Batch updates of 100, paired with their inputs by HubSpot id (results come back in any order).
    private async Task UpdateAsync(List<(Pending Item, MappingResult Changes, bool JustLinked)> updates, Dictionary<long, HubSpotObject> current, Dictionary<long, ContactPushResult> results, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return;
        }

        var inputs = updates.ConvertAll(u => new HubSpotObjectUpdate { Id = current[u.Item.Id].Id, Properties = RecordWrites.ToHubSpotProperties(u.Changes) });
        HubSpotBatchResult<HubSpotObject> written;
        try
        {
            using (Scope(updates.ConvertAll(u => u.Item)))
            {
                written = await hubSpot.Contacts.BatchUpdateAsync(inputs, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IntegrationApiException ex)
        {
            foreach (var (item, _, _) in updates)
            {
                results[item.Id] = Failed(item.Id, current[item.Id].Id, $"HubSpot did not take the update: {Refusal(ex)}", ex.IsTransient);
            }

            return;
        }

        var positionById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < inputs.Count; n++)
        {
            positionById.TryAdd(inputs[n].Id, n);
        }

        var errors = new Dictionary<int, HubSpotBatchError>();
        foreach (var error in written.Errors)
        {
            var index = error.InputIndex ?? (error.Id is { } id && positionById.TryGetValue(id, out var at) ? at : -1);
            if (index >= 0)
            {
                errors.TryAdd(index, error);
            }
        }

        var succeeded = written.Results.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        for (var n = 0; n < updates.Count; n++)
        {
            var (item, changes, justLinked) = updates[n];
            var hubSpotId = inputs[n].Id;
            if (errors.TryGetValue(n, out var error))
            {
                results[item.Id] = Failed(item.Id, hubSpotId, $"HubSpot refused the update ({error.Category ?? "error"}): {error.Message}", transient: false);
            }
            else if (succeeded.Contains(hubSpotId))
            {
                await links.RecordSyncAsync(Entity, item.Id, SyncDirection.ToHubSpot, item.Hash, cancellationToken).ConfigureAwait(false);
                results[item.Id] = new ContactPushResult(item.Id, justLinked ? ContactPushOutcome.Linked : ContactPushOutcome.Updated) { HubSpotId = hubSpotId, Changes = changes.Values };
            }
            else
            {
                results[item.Id] = Failed(item.Id, hubSpotId, "HubSpot returned no result for the update; it may not have been written.", transient: true);
            }
        }
    }

    // Batch upserts on email: a retried request finds the contact the lost answer created instead of creating another.
    private async Task CreateAsync(List<Pending> creates, Dictionary<long, ContactPushResult> results, CancellationToken cancellationToken)
    {
        if (creates.Count == 0)
        {
            return;
        }

        var inputs = creates.ConvertAll(c =>
        {
            var values = RecordWrites.ToHubSpotProperties(c.Full);
            values[EmailProperty] = c.Email;
            return new HubSpotObjectUpsert { Id = c.Email!, IdProperty = EmailProperty, Properties = values };
        });
        HubSpotBatchResult<HubSpotObject> written;
        try
        {
            using (Scope(creates))
            {
                written = await hubSpot.Contacts.BatchUpsertAsync(inputs, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IntegrationApiException ex)
        {
            foreach (var item in creates)
            {
                results[item.Id] = Failed(item.Id, null, $"HubSpot did not take the create: {Refusal(ex)}", ex.IsTransient);
            }

            return;
        }

        var errors = new Dictionary<int, HubSpotBatchError>();
        foreach (var error in written.Errors)
        {
            var index = error.InputIndex ?? (error.Id is { } key ? inputs.FindIndex(i => string.Equals(i.Id, key, StringComparison.OrdinalIgnoreCase)) : -1);
            if (index >= 0)
            {
                errors.TryAdd(index, error);
            }
        }

        for (var n = 0; n < creates.Count; n++)
        {
            var item = creates[n];
            if (errors.TryGetValue(n, out var error))
            {
                results[item.Id] = Failed(item.Id, null, $"HubSpot refused the create ({error.Category ?? "error"}): {error.Message}", transient: false);
                continue;
            }

            if (!written.ResultsByInput.TryGetValue(n, out var record))
            {
                results[item.Id] = Failed(item.Id, null, "HubSpot returned no result for the create; pushing again finds or creates it by email.", transient: true);
                continue;
            }

            try
            {
                await links.LinkAsync(Entity, item.Id, record.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreConflictException ex)
            {
                results[item.Id] = Failed(item.Id, record.Id, $"HubSpot contact {record.Id} (email {item.Email}) is already linked to another aXcelerate contact: {ex.Message}", transient: false);
                continue;
            }

            await links.RecordSyncAsync(Entity, item.Id, SyncDirection.ToHubSpot, item.Hash, cancellationToken).ConfigureAwait(false);
            results[item.Id] = new ContactPushResult(item.Id, record.New == false ? ContactPushOutcome.Linked : ContactPushOutcome.Created)
            {
                HubSpotId = record.Id,
                Changes = item.Full.Values,
            };
        }
    }

    // Per field: the rule decides; for two-way fields, the side that changed since the last push wins, and only when both
    // changed does the later change win (HubSpot's record time, only when someone else changed it after the last push,
    // against aXcelerate's update time, known to the minute and taken as the end of it; a tie goes to aXcelerate).
    private static MappingResult Changes(MappingPlan plan, Pending item, HubSpotObject record)
    {
        var lastPushed = item.Link?.LastSyncedToHubSpot;
        DateTimeOffset? hubSpotChanged = record.UpdatedAt is { } updated && (lastPushed is null || updated > lastPushed.At) ? updated : null;
        item.View.TryGetValue(LastUpdatedField, out var lastUpdated);
        var axcelerateChanged = AxcelerateDates.ParseDateTime(lastUpdated, plan.TimeZone)?.AddMinutes(1).AddTicks(-1);
        var hubSpot = RecordFields.From(record);
        var reconciled = plan.Reconcile(Text(item.Id), item.View, hubSpot, axcelerateChanged, hubSpotChanged).ToHubSpot;
        if (ContactSyncHashes.PushedFields(lastPushed?.ValuesHash) is not { } pushed)
        {
            return reconciled;
        }

        var values = new Dictionary<string, string>(reconciled.Values, StringComparer.Ordinal);
        foreach (var field in plan.Fields.Where(f => f.Rule == SyncRule.TwoWay))
        {
            var property = field.HubSpotProperty;
            if (!item.Full.Values.TryGetValue(property, out var value) || !pushed.TryGetValue(property, out var last))
            {
                continue;
            }

            hubSpot.TryGetValue(property, out var current);
            var axcelerateMoved = ContactSyncHashes.Field(value) != last;
            var hubSpotMoved = ContactSyncHashes.Field(current) != last;
            if (!axcelerateMoved)
            {
                values.Remove(property);
            }
            else if (!hubSpotMoved)
            {
                values[property] = value;
            }
        }

        return new MappingResult(reconciled.RecordId, ConversionDirection.ToHubSpot, values, reconciled.Errors);
    }

    private void RecordRecords(IReadOnlyCollection<ContactPushResult> results)
    {
        foreach (var group in results.GroupBy(r => r.Outcome))
        {
            telemetry.RecordRecords(TelemetryOperation, Entity, group.Key.ToString().ToLowerInvariant(), group.Count());
        }
    }

    private static IDisposable Scope(IReadOnlyList<Pending> items) =>
        OutgoingCallContext.Begin(Operation, Entity, items.Count == 1 ? Text(items[0].Id) : null);

    private ContactPushReport Done(List<ContactPushResult> records)
    {
        var report = new ContactPushReport(records);
        ContactPushLog.Pushed(logger, records.Count, report.Created, report.Linked, report.Updated, report.Unchanged, report.Skipped, report.Failed);
        return report;
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Refusal(IntegrationApiException ex) =>
        $"{ex.Service} answered {(ex.StatusCode is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : "nothing")}: {ex.Message}";

    private static ContactPushResult Failed(long id, string? hubSpotId, string reason, bool transient) =>
        new(id, ContactPushOutcome.Failed) { HubSpotId = hubSpotId, Reason = reason, Transient = transient };

    private static ContactPushResult Skipped(long id, string? hubSpotId, string reason) =>
        new(id, ContactPushOutcome.Skipped) { HubSpotId = hubSpotId, Reason = reason };

    private static ContactPushResult Unchanged(long id, string? hubSpotId, string reason) =>
        new(id, ContactPushOutcome.Unchanged) { HubSpotId = hubSpotId, Reason = reason };

    private static ContactPushResult ConversionFailed(long id, string? hubSpotId, MappingResult result) =>
        new(id, ContactPushOutcome.Failed)
        {
            HubSpotId = hubSpotId,
            ConversionErrors = result.Errors,
            Reason = string.Join(" ", result.Errors.Select(e => e.Message)),
        };

    private sealed record Pending(AxcelerateContact Contact, IReadOnlyDictionary<string, string?> View, MappingResult Full, string Hash, RecordLink? Link, string? Email)
    {
        public long Id => Contact.ContactId;
    }
}
