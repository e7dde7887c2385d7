using System.Globalization;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// aXcelerate's own events (subscription types <c>axcelerate.*</c>, logged by <see cref="IAxcelerateWebhookReceiver"/>):
/// contact created, updated and merged events push their contact (the merge's surviving one) to HubSpot through
/// <see cref="IContactPushService.PushManyAsync"/>, once per contact and one call per pass, which obeys the push flow
/// switches; deletions and other namespaces are skipped with the reason.
/// </summary>
internal sealed partial class WebhookProcessor
{
    private const string ContactDeleted = AxcelerateWebhookEnvelope.ContactPrefix + "contact_deleted";

    private static bool IsFromAxcelerate(IncomingLogEntry entry) =>
        entry.SubscriptionType.StartsWith(AxcelerateWebhookEnvelope.Prefix, StringComparison.Ordinal);

    private async Task ProcessAxcelerateAsync(List<IncomingLogEntry> entries, Pass pass, CancellationToken cancellationToken)
    {
        var toPush = new List<(IncomingLogEntry Entry, long ContactId)>();
        foreach (var entry in entries)
        {
            var type = entry.SubscriptionType[AxcelerateWebhookEnvelope.Prefix.Length..];
            if (!entry.SubscriptionType.StartsWith(AxcelerateWebhookEnvelope.ContactPrefix, StringComparison.Ordinal))
            {
                pass.Finish(entry, IncomingStatus.Skipped, error: $"aXcelerate '{type}' events are not synchronised; only contact events are pushed to HubSpot.");
            }
            else if (entry.SubscriptionType == ContactDeleted)
            {
                pass.Finish(entry, IncomingStatus.Skipped, error: "A contact deleted in aXcelerate is not deleted in HubSpot; the HubSpot contact and its link are kept.");
            }
            else if (!long.TryParse(entry.ObjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var contactId) || contactId <= 0)
            {
                pass.Finish(entry, IncomingStatus.Failed, error: $"The aXcelerate '{type}' event names no contact id ('{entry.ObjectId}').");
            }
            else
            {
                toPush.Add((entry, contactId));
            }
        }

        if (toPush.Count == 0)
        {
            return;
        }

        ContactPushReport report;
        try
        {
            report = await contactPush.PushManyAsync(toPush.Select(p => p.ContactId).Distinct(), cancellationToken).ConfigureAwait(false);
        }
        catch (IntegrationApiException ex)
        {
            foreach (var (entry, _) in toPush)
            {
                pass.Fail(entry, ex);
            }

            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WebhookProcessingLog.GroupFailed(logger, ex, MappedEntity.Contact);
            foreach (var (entry, _) in toPush)
            {
                pass.Finish(entry, IncomingStatus.Failed, error: $"{ex.GetType().Name}: {ex.Message}");
            }

            return;
        }

        var results = new Dictionary<long, ContactPushResult>();
        foreach (var record in report.Records)
        {
            results.TryAdd(record.AxcelerateId, record);
        }

        foreach (var (entry, contactId) in toPush)
        {
            if (!results.TryGetValue(contactId, out var result))
            {
                pass.Finish(entry, IncomingStatus.Failed, error: $"The push returned no result for aXcelerate contact {contactId}.");
                continue;
            }

            var hubSpot = result.HubSpotId is { } id ? $"HubSpot contact {id}" : "the HubSpot contact";
            switch (result.Outcome)
            {
                case ContactPushOutcome.Created or ContactPushOutcome.Linked or ContactPushOutcome.Updated:
                    var changed = result.Changes.Count == 0 ? "no values" : string.Join(", ", result.Changes.Keys.Order(StringComparer.Ordinal));
                    pass.Finish(entry, IncomingStatus.Succeeded, result: $"Pushed aXcelerate contact {contactId} to HubSpot: {result.Outcome} {hubSpot} ({changed}).");
                    break;
                case ContactPushOutcome.Unchanged:
                    pass.Finish(entry, IncomingStatus.Succeeded, result: $"Nothing to push for aXcelerate contact {contactId}: {result.Reason ?? $"{hubSpot} already holds the values"}.");
                    break;
                case ContactPushOutcome.Skipped:
                    pass.Finish(entry, IncomingStatus.Skipped, error: result.Reason ?? "The push skipped the contact.");
                    break;
                default:
                    var reason = result.Reason ?? "The push failed.";
                    if (result.Transient)
                    {
                        pass.Retry(entry, reason);
                    }
                    else
                    {
                        pass.Finish(entry, IncomingStatus.Failed, error: reason);
                    }

                    break;
            }
        }
    }

    private sealed partial class Pass
    {
        /// <summary>A failure that may pass (no answer, 429, 5xx) known only by its reason: retried with the usual backoff.</summary>
        public void Retry(IncomingLogEntry entry, string error) =>
            _outcomes.TryAdd(entry.Id, (IncomingStatus.Pending, error, null, new TransientPushFailure(error)));
    }

    /// <summary>Marks a transient push failure for the retry schedule (the push reports results, not exceptions).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1064:Exceptions should be public", Justification = "Never thrown: a private marker for the pass's retry schedule.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Never thrown: a private marker for the pass's retry schedule.")]
    private sealed class TransientPushFailure(string message) : IntegrationApiException(message)
    {
        public override RemoteService Service => RemoteService.HubSpot;

        public override bool IsTransient => true;
    }
}
