using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>
/// Turns record changes into HubSpot webhook events and delivers them: JSON arrays of up to 100 events, signed (v1 and
/// v3), retried with growing delays on the sandbox clock, optionally duplicated or reordered.
/// </summary>
internal sealed class WebhookDispatcher(long portalId, TimeProvider timeProvider) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<HubSpotWebhookSubscription> _subscriptions = [];
    private readonly List<Pending> _pending = [];
    private readonly List<HubSpotWebhookDelivery> _deliveries = [];
    private readonly List<ITimer> _timers = [];
    private readonly SemaphoreSlim _delivering = new(1, 1);
    private readonly HttpClient _http = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    private readonly Dictionary<(int Subscription, string Type), int> _subscriptionIds = [];
    private long _nextEventId = 100_000;
    private bool _disposed;

    public IReadOnlyList<HubSpotWebhookDelivery> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public HubSpotWebhookSubscription Subscribe(Uri target, string clientSecret, HubSpotWebhookOptions options)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var subscription = new HubSpotWebhookSubscription(_subscriptions.Count + 1, target, clientSecret, options);
            _subscriptions.Add(subscription);
            if (options.AutoDeliverInterval is { } interval)
            {
                _timers.Add(timeProvider.CreateTimer(_ => _ = DeliverSafelyAsync(), null, interval, interval));
            }

            return subscription;
        }
    }

    public void OnChanged(IReadOnlyList<ObjectChange> changes)
    {
        lock (_gate)
        {
            foreach (var subscription in _subscriptions)
            {
                var random = new Random(subscription.Options.Seed + (int)(_nextEventId % 100_000));
                foreach (var change in changes.Where(c => c.Type.HasWebhooks))
                {
                    var json = EventJson(subscription, change);
                    _pending.Add(new Pending(subscription, json, 0, change.OccurredAt));
                    if (subscription.Options.DuplicateShare > 0 && random.NextDouble() < subscription.Options.DuplicateShare)
                    {
                        _pending.Add(new Pending(subscription, (JsonObject)json.DeepClone(), 0, change.OccurredAt));
                    }
                }
            }
        }
    }

    /// <summary>Sends every delivery that is due now; returns the number of requests sent.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        await _delivering.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sent = 0;
            while (TakeDueBatch() is { } batch)
            {
                await SendAsync(batch.Subscription, batch.Items, cancellationToken).ConfigureAwait(false);
                sent++;
            }

            return sent;
        }
        finally
        {
            _delivering.Release();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }

        _http.Dispose();
    }

    private async Task DeliverSafelyAsync()
    {
        try
        {
            if (!_disposed)
            {
                await DeliverPendingAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (ObjectDisposedException)
        {
            // The sandbox stopped while a delivery was due.
        }
    }

    private (HubSpotWebhookSubscription Subscription, List<Pending> Items)? TakeDueBatch()
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var first = _pending.FirstOrDefault(p => p.DueAt <= now);
            if (first is null)
            {
                return null;
            }

            var items = _pending.Where(p => p.Subscription == first.Subscription && p.Attempt == first.Attempt && p.DueAt <= now)
                .Take(Math.Clamp(first.Subscription.Options.MaxEventsPerRequest, 1, 100)).ToList();
            foreach (var item in items)
            {
                _pending.Remove(item);
            }

            if (first.Subscription.Options.Reorder)
            {
                var random = new Random(first.Subscription.Options.Seed + items.Count);
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
            }

            return (first.Subscription, items);
        }
    }

    private async Task SendAsync(HubSpotWebhookSubscription subscription, List<Pending> items, CancellationToken cancellationToken)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            var json = (JsonObject)item.Event.DeepClone();
            json["attemptNumber"] = item.Attempt;
            array.Add(json);
        }

        var body = array.ToJsonString();
        var now = timeProvider.GetUtcNow();
        var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var uri = subscription.Target.AbsoluteUri;
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Target)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-HubSpot-Signature", WebhookSigner.V1(subscription.ClientSecret, body));
        request.Headers.Add("X-HubSpot-Signature-Version", "v1");
        request.Headers.Add("X-HubSpot-Signature-v3", WebhookSigner.V3(subscription.ClientSecret, "POST", uri, body, timestamp));
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp);
        request.Headers.UserAgent.ParseAdd("HubSpot Connect 2.0 (http://dev.hubspot.com/) (sandbox)");

        System.Net.HttpStatusCode? status = null;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(subscription.Options.Timeout);
            try
            {
                using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                status = response.StatusCode;
            }
            catch (HttpRequestException)
            {
                // Connection failures count as a failed attempt, as at HubSpot.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // No answer in time.
            }
        }

        var delivery = new HubSpotWebhookDelivery(subscription.Target, body, items.Count, status, now);
        lock (_gate)
        {
            _deliveries.Add(delivery);
            if (!delivery.Succeeded)
            {
                foreach (var item in items.Where(i => i.Attempt < subscription.Options.MaxRetries))
                {
                    var delay = subscription.Options.FirstRetryDelay * Math.Pow(2, item.Attempt);
                    _pending.Add(item with { Attempt = item.Attempt + 1, DueAt = now + delay });
                }
            }
        }
    }

    private JsonObject EventJson(HubSpotWebhookSubscription subscription, ObjectChange change)
    {
        var kind = change.Kind switch
        {
            ObjectChangeKind.Creation => "creation",
            ObjectChangeKind.PropertyChange => "propertyChange",
            ObjectChangeKind.Deletion => "deletion",
            _ => "merge",
        };
        var subscriptionType = $"{change.Type.Singular}.{kind}";
        if (!_subscriptionIds.TryGetValue((subscription.Id, subscriptionType), out var subscriptionId))
        {
            subscriptionId = (subscription.Id * 1000) + _subscriptionIds.Count + 1;
            _subscriptionIds[(subscription.Id, subscriptionType)] = subscriptionId;
        }

        var json = new JsonObject
        {
            ["eventId"] = _nextEventId++,
            ["subscriptionId"] = subscriptionId,
            ["portalId"] = portalId,
            ["appId"] = subscription.Options.AppId,
            ["occurredAt"] = change.OccurredAt.ToUnixTimeMilliseconds(),
            ["subscriptionType"] = subscriptionType,
            ["attemptNumber"] = 0,
            ["objectId"] = change.ObjectId,
            ["changeSource"] = change.Source == ChangeSource.Api ? "API" : "CRM_UI",
        };
        if (change.Source == ChangeSource.CrmUi)
        {
            json["sourceId"] = "userId:70000001";
        }

        switch (change.Kind)
        {
            case ObjectChangeKind.Creation:
                json["changeFlag"] = "NEW";
                break;
            case ObjectChangeKind.PropertyChange:
                json["propertyName"] = change.PropertyName;
                json["propertyValue"] = change.PropertyValue;
                break;
            case ObjectChangeKind.Merge:
                json["primaryObjectId"] = change.ObjectId;
                json["mergedObjectIds"] = new JsonArray([.. (change.MergedObjectIds ?? []).Select(id => (JsonNode)id)]);
                json["newObjectId"] = change.ObjectId;
                json["numberOfPropertiesMoved"] = change.NumberOfPropertiesMoved;
                break;
        }

        return json;
    }

    private sealed record Pending(HubSpotWebhookSubscription Subscription, JsonObject Event, int Attempt, DateTimeOffset DueAt);
}
