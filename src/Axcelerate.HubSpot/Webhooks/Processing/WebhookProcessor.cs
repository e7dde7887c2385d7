using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// One pass over claimed incoming entries: classify (unreadable, echo, flow off, not synchronised), group by record,
/// move links after merges, re-read the records from HubSpot in one batch per object type, then apply creations and
/// changes through the importers' per-record flow, deletions per the deletion setting, and deal-contact association
/// changes to the opportunity's marketing contact. Every entry ends with one completion, written while its claim holds.
/// </summary>
internal sealed partial class WebhookProcessor(
    IIncomingLogStore log,
    IRecordLinkStore links,
    IHubSpotClient hubSpot,
    IAxcelerateClient axcelerate,
    IFieldMappingService mappings,
    ISyncSettingsService settings,
    ContactImporter contacts,
    OrganisationImporter organisations,
    OpportunityImporter opportunities,
    Push.IContactPushService contactPush,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    TimeProvider timeProvider,
    Telemetry.IntegrationTelemetry telemetry,
    ILogger<WebhookProcessor> logger) : IWebhookProcessor
{
    /// <summary>What the processor's requests are for in the outgoing log.</summary>
    public const string Operation = "webhook";

    private const string MergedIdsProperty = "hs_merged_object_ids";
    private const string Integration = "INTEGRATION";
    private const int BacklogCountCap = 1000;

    public async Task<WebhookProcessingReport> ProcessDueAsync(CancellationToken cancellationToken = default)
    {
        var processing = options.CurrentValue.WebhookProcessing;
        var claimed = await log.ClaimDueIncomingAsync(processing.BatchSize, processing.Lease, cancellationToken).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            telemetry.SetIncomingBacklog(0);
            return new WebhookProcessingReport([]);
        }

        var report = await ProcessClaimedAsync(claimed, cancellationToken).ConfigureAwait(false);

        // The backlog as last counted: the entries still pending (one capped store page), read once per pass.
        var pending = await log.QueryIncomingAsync(new IncomingLogQuery { Status = IncomingStatus.Pending, PageSize = BacklogCountCap }, cancellationToken).ConfigureAwait(false);
        telemetry.SetIncomingBacklog(pending.Items.Count);
        return report;
    }

    public async Task<WebhookProcessingReport> ProcessClaimedAsync(IReadOnlyList<IncomingLogEntry> claimed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        using var activity = Telemetry.IntegrationTelemetry.StartOperation(Operation);
        var pass = new Pass();
        var flows = await settings.GetAsync(cancellationToken).ConfigureAwait(false);
        var work = new List<Work>();
        var fromAxcelerate = new List<IncomingLogEntry>();
        foreach (var entry in claimed)
        {
            if (IsFromAxcelerate(entry))
            {
                fromAxcelerate.Add(entry);
            }
            else if (Classify(entry, flows, pass) is { } item)
            {
                work.Add(item);
            }
        }

        try
        {
            await ProcessAxcelerateAsync(fromAxcelerate, pass, cancellationToken).ConfigureAwait(false);
            foreach (var byEntity in work.GroupBy(w => w.Entity))
            {
                try
                {
                    using (Logs.OutgoingCallContext.Begin(Operation, byEntity.Key))
                    {
                        await ProcessEntityAsync(byEntity.Key, [.. byEntity], flows, pass, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (IntegrationApiException ex)
                {
                    // A failure that concerns the whole entity (the HubSpot batch read, the mapping plan): every open entry shares it.
                    foreach (var item in byEntity)
                    {
                        pass.Fail(item.Event.Entry, ex);
                    }
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or IntegrationApiException))
                {
                    // Not a remote failure, so retrying cannot help: the open entries fail with the reason for a person
                    // (reset them once it is fixed) instead of staying claimed until their lease runs out.
                    WebhookProcessingLog.GroupFailed(logger, ex, byEntity.Key);
                    foreach (var item in byEntity.Where(i => pass.IsOpen(i.Event.Entry)))
                    {
                        pass.Finish(item.Event.Entry, IncomingStatus.Failed, error: $"{ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what is finished is kept, the rest goes back to the queue at once.
            await CompleteAsync(claimed, pass, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return await CompleteAsync(claimed, pass, cancellationToken).ConfigureAwait(false);
    }

    // Unreadable, echo, not synchronised or flow off: finished here; otherwise the work the entry asks for.
    private Work? Classify(IncomingLogEntry entry, SyncSettings flows, Pass pass)
    {
        WebhookEvent parsed;
        try
        {
            parsed = WebhookEvent.Parse(entry);
        }
        catch (FormatException ex)
        {
            pass.Finish(entry, IncomingStatus.Failed, error: ex.Message);
            return null;
        }

        if (options.CurrentValue.HubSpot.AppId is { } appId
            && string.Equals(parsed.ChangeSource, Integration, StringComparison.OrdinalIgnoreCase)
            && parsed.SourceId == appId.ToString(CultureInfo.InvariantCulture))
        {
            pass.Finish(entry, IncomingStatus.Skipped, error: $"An echo of this integration's own write (changeSource {Integration}, sourceId {appId}); nothing to apply.");
            return null;
        }

        var route = Route(parsed);
        if (route.Skip is { } why)
        {
            pass.Finish(entry, IncomingStatus.Skipped, error: why);
            return null;
        }

        if (!flows.IsEnabled(route.Flow))
        {
            WebhookProcessingLog.FlowOff(logger, route.Flow, entry.Id, entry.SubscriptionType, entry.ObjectId);
            pass.Finish(entry, IncomingStatus.Skipped, error: $"The {route.Flow} sync setting is off; nothing was done.");
            return null;
        }

        return new Work(parsed, route.Entity, route.TargetId!);
    }

    // The flow that governs moving a link after a merge of this entity.
    private static SyncFlow MergeFlow(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => SyncFlow.ContactMergeWebhook,
        MappedEntity.Organisation => SyncFlow.CompanyUpdateWebhook,
        _ => SyncFlow.DealUpdateWebhook,
    };

    private static (MappedEntity Entity, SyncFlow Flow, string? TargetId, string? Skip) Route(WebhookEvent e)
    {
        var id = e.ObjectId;
        return (e.ObjectType, e.Kind) switch
        {
            ("contact", WebhookEvent.Creation) => (MappedEntity.Contact, SyncFlow.ContactCreationWebhook, id, null),
            ("contact", WebhookEvent.PropertyChange) => (MappedEntity.Contact, SyncFlow.ContactUpdateWebhook, id, null),
            ("contact", WebhookEvent.Deletion) => (MappedEntity.Contact, SyncFlow.ContactDeletionWebhook, id, null),
            ("contact", WebhookEvent.Merge) => (MappedEntity.Contact, SyncFlow.ContactMergeWebhook, id, null),
            ("company", WebhookEvent.PropertyChange or WebhookEvent.Merge) => (MappedEntity.Organisation, SyncFlow.CompanyUpdateWebhook, id, null),
            ("company", WebhookEvent.Creation) => Skip("A new HubSpot company becomes an aXcelerate organisation by import, not by its creation event; import it to link it."),
            ("deal", WebhookEvent.Creation) => (MappedEntity.Opportunity, SyncFlow.DealCreationWebhook, id, null),
            ("deal", WebhookEvent.PropertyChange or WebhookEvent.Merge) => (MappedEntity.Opportunity, SyncFlow.DealUpdateWebhook, id, null),
            ("company" or "deal", WebhookEvent.Deletion) => Skip($"aXcelerate keeps its record when HubSpot deletes a {e.ObjectType}; the link is left as it is."),
            ("deal" or "contact", WebhookEvent.AssociationChange) when DealOf(e) is { } deal => (MappedEntity.Opportunity, SyncFlow.DealUpdateWebhook, deal, null),
            (_, WebhookEvent.AssociationChange) => Skip($"Only associations between deals and contacts are synchronised (they set the opportunity's marketing contact); {e.AssociationType ?? "this one"} is not."),
            _ => Skip($"'{e.Entry.SubscriptionType}' events are not synchronised to aXcelerate."),
        };

        static (MappedEntity, SyncFlow, string?, string?) Skip(string why) => (default, default, null, why);
    }

    // The deal of a deal ⇄ contact association event.
    private static string? DealOf(WebhookEvent e) => e.AssociationType?.ToUpperInvariant() switch
    {
        "DEAL_TO_CONTACT" => e.FromObjectId,
        "CONTACT_TO_DEAL" => e.ToObjectId,
        _ => null,
    };

    private EntityImporter ImporterOf(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => contacts,
        MappedEntity.Organisation => organisations,
        _ => opportunities,
    };

    private async Task<WebhookProcessingReport> CompleteAsync(IReadOnlyList<IncomingLogEntry> claimed, Pass pass, CancellationToken cancellationToken)
    {
        var processing = options.CurrentValue.WebhookProcessing;
        var now = timeProvider.GetUtcNow();
        var done = new List<IncomingLogEntry>(claimed.Count);
        foreach (var entry in claimed.OrderBy(e => e.Id))
        {
            var completion = pass.CompletionOf(entry, processing, now);
            if (!await log.CompleteIncomingAsync(completion, cancellationToken).ConfigureAwait(false))
            {
                WebhookProcessingLog.ClaimLost(logger, entry.Id, entry.Attempts);
                continue;
            }

            if (completion.Status == IncomingStatus.Failed)
            {
                WebhookProcessingLog.EntryFailed(logger, entry.Id, entry.SubscriptionType, entry.ObjectId, completion.Error ?? "");
            }

            done.Add(entry with
            {
                Status = completion.Status,
                Error = completion.Error,
                Result = completion.Result,
                NextAttemptAt = completion.Status == IncomingStatus.Pending ? completion.RetryAt : null,
                LeaseExpiresAt = null,
                UpdatedAt = now,
            });
        }

        var report = new WebhookProcessingReport(done);
        RecordTelemetry(done, now);
        WebhookProcessingLog.PassDone(logger, report.Entries.Count, report.Succeeded, report.Skipped, report.Failed, report.Retrying);
        return report;
    }

    // Records per entity and outcome; each applied HubSpot change's latency from its occurrence to now.
    private void RecordTelemetry(List<IncomingLogEntry> done, DateTimeOffset now)
    {
        foreach (var group in done.GroupBy(e => (Entity: EntityOf(e.SubscriptionType), e.Status)))
        {
            if (group.Key.Entity is { } entity)
            {
                var outcome = group.Key.Status == IncomingStatus.Pending ? "retrying" : group.Key.Status.ToString().ToLowerInvariant();
                telemetry.RecordRecords(Operation, entity, outcome, group.Count());
            }
        }

        foreach (var entry in done.Where(e => e.Status == IncomingStatus.Succeeded))
        {
            if (EntityOf(entry.SubscriptionType) is { } entity)
            {
                telemetry.RecordSyncLatency(SyncDirection.ToAxcelerate, entity, now - entry.OccurredAt);
            }
        }
    }

    private static MappedEntity? EntityOf(string subscriptionType) => subscriptionType.Split('.')[0].ToLowerInvariant() switch
    {
        "contact" => MappedEntity.Contact,
        "company" => MappedEntity.Organisation,
        "deal" => MappedEntity.Opportunity,
        _ => null,
    };

    /// <summary>One event routed to an entity's record (for association changes: the deal).</summary>
    private sealed record Work(WebhookEvent Event, MappedEntity Entity, string TargetId);

    /// <summary>The outcomes of one pass, one per claimed entry; entries never finished keep no outcome (their claim lapses).</summary>
    private sealed partial class Pass
    {
        private readonly Dictionary<long, (IncomingStatus Status, string? Error, string? Result, IntegrationApiException? Transient)> _outcomes = [];

        private readonly HashSet<long> _amended = [];

        public bool IsAmended(IncomingLogEntry entry) => _amended.Contains(entry.Id);

        public bool IsOpen(IncomingLogEntry entry) => !_outcomes.ContainsKey(entry.Id);

        public void Finish(IncomingLogEntry entry, IncomingStatus status, string? error = null, string? result = null) =>
            _outcomes.TryAdd(entry.Id, (status, error, result, null));

        /// <summary>Adds what applying the surviving record did to a merge entry whose link move is recorded already.</summary>
        public void Amend(IncomingLogEntry entry, IncomingStatus status, string text)
        {
            _amended.Add(entry.Id);
            if (!_outcomes.TryGetValue(entry.Id, out var outcome) || outcome.Transient is not null)
            {
                Finish(entry, status, status == IncomingStatus.Succeeded ? null : text, status == IncomingStatus.Succeeded ? text : null);
                return;
            }

            var before = outcome.Result ?? outcome.Error;
            _outcomes[entry.Id] = status == IncomingStatus.Failed
                ? (IncomingStatus.Failed, $"{before}; then {text}", null, null)
                : (outcome.Status, outcome.Error, $"{before}; {text}", null);
        }

        public void Fail(IncomingLogEntry entry, IntegrationApiException ex, bool replace = false)
        {
            if (replace)
            {
                _outcomes.Remove(entry.Id);
            }

            if (ex.IsTransient)
            {
                _outcomes.TryAdd(entry.Id, (IncomingStatus.Pending, Describe(ex), null, ex));
            }
            else
            {
                Finish(entry, IncomingStatus.Failed, error: Describe(ex));
            }
        }

        public IncomingCompletion CompletionOf(IncomingLogEntry entry, WebhookProcessingOptions processing, DateTimeOffset now)
        {
            if (!_outcomes.TryGetValue(entry.Id, out var outcome))
            {
                // Not reached (cancelled): back to the queue at once rather than waiting for the lease.
                return new IncomingCompletion(entry.Id, entry.Attempts, IncomingStatus.Pending) { Error = "Processing stopped before this entry was reached; it runs again." };
            }

            if (outcome.Transient is not { } transient)
            {
                return new IncomingCompletion(entry.Id, entry.Attempts, outcome.Status) { Error = outcome.Error, Result = outcome.Result };
            }

            if (entry.Attempts >= processing.MaxAttempts)
            {
                return new IncomingCompletion(entry.Id, entry.Attempts, IncomingStatus.Failed)
                {
                    Error = $"Gave up after {entry.Attempts} attempts. {outcome.Error}",
                };
            }

            var delay = processing.FirstRetryDelay * Math.Pow(2, Math.Max(0, entry.Attempts - 1));
            if (delay > processing.MaxRetryDelay)
            {
                delay = processing.MaxRetryDelay;
            }

            if (transient.RetryAfter is { } retryAfter && retryAfter > delay)
            {
                delay = retryAfter;
            }

            return new IncomingCompletion(entry.Id, entry.Attempts, IncomingStatus.Pending)
            {
                Error = $"Attempt {entry.Attempts} of {processing.MaxAttempts} failed, retrying at {(now + delay):u}: {outcome.Error}",
                RetryAt = now + delay,
            };
        }
    }

    private static string Describe(IntegrationApiException ex) =>
        $"{ex.Service} {(ex.IsTransient ? "failed" : "refused the request")} ({(ex.StatusCode is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : "no response")}): {ex.Message}";
}
