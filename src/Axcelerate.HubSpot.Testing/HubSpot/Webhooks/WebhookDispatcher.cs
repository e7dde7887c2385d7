using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>
/// Turns record changes into HubSpot webhook events for the event subscriptions that match them and delivers them:
/// JSON arrays of up to 100 events, signed (v1 and v3), up to <see cref="HubSpotWebhookOptions.MaxConcurrentRequests"/>
/// requests in flight per app, retried with growing delays on the sandbox clock, optionally duplicated or reordered.
/// </summary>
internal sealed class WebhookDispatcher(long portalId, long defaultAppId, TimeProvider timeProvider) : IDisposable
{
    /// <summary>The HubSpot user a simulated UI edit is attributed to (<c>sourceId</c> <c>userId:N</c>).</summary>
    public const long SimulatedUserId = 70_000_001;

    private readonly Lock _gate = new();
    private readonly List<HubSpotWebhookSubscription> _subscriptions = [];
    private readonly Dictionary<HubSpotWebhookSubscription, SemaphoreSlim> _throttles = [];
    private readonly List<Pending> _pending = [];
    private readonly List<HubSpotWebhookDelivery> _deliveries = [];
    private readonly List<ITimer> _timers = [];
    private readonly SemaphoreSlim _delivering = new(1, 1);
    private readonly HttpClient _http = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    private long _nextEventId = 100_000;
    private long _nextSubscriptionId = 2_100_001;
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
            var events = options.Events.Distinct().Select(e => new HubSpotWebhookEventSubscription(_nextSubscriptionId++, e)).ToList();
            var subscription = new HubSpotWebhookSubscription(_subscriptions.Count + 1, target, clientSecret, options, options.AppId ?? defaultAppId, events);
            _subscriptions.Add(subscription);
            _throttles[subscription] = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentRequests));
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
                    foreach (var match in subscription.Events.Where(e => Matches(e.Event, change)))
                    {
                        var json = EventJson(subscription, match.SubscriptionId, change);
                        _pending.Add(new Pending(subscription, json, 0, change.OccurredAt));
                        if (subscription.Options.DuplicateShare > 0 && random.NextDouble() < subscription.Options.DuplicateShare)
                        {
                            _pending.Add(new Pending(subscription, (JsonObject)json.DeepClone(), 0, change.OccurredAt));
                        }
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
            while (TakeDueBatches() is { Count: > 0 } batches)
            {
                await Task.WhenAll(batches.Select(b => SendThrottledAsync(b.Subscription, b.Items, cancellationToken))).ConfigureAwait(false);
                sent += batches.Count;
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

    private static bool Matches(HubSpotWebhookEvent subscribed, ObjectChange change)
    {
        if (subscribed.EventType != $"{change.Type.Singular}.{KindName(change.Kind)}")
        {
            return false;
        }

        return change.Kind != ObjectChangeKind.PropertyChange
            || subscribed.PropertyName == HubSpotWebhookEvent.AnyProperty
            || string.Equals(subscribed.PropertyName, change.PropertyName, StringComparison.Ordinal);
    }

    private static string KindName(ObjectChangeKind kind) => kind switch
    {
        ObjectChangeKind.Creation => "creation",
        ObjectChangeKind.PropertyChange => "propertyChange",
        ObjectChangeKind.Deletion => "deletion",
        ObjectChangeKind.Merge => "merge",
        _ => "associationChange",
    };

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

    /// <summary>Takes every request that is due now: per subscriber and attempt, up to the per-request event limit.</summary>
    private List<(HubSpotWebhookSubscription Subscription, List<Pending> Items)> TakeDueBatches()
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            List<(HubSpotWebhookSubscription, List<Pending>)> batches = [];
            while (_pending.FirstOrDefault(p => p.DueAt <= now) is { } first)
            {
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

                batches.Add((first.Subscription, items));
            }

            return batches;
        }
    }

    private async Task SendThrottledAsync(HubSpotWebhookSubscription subscription, List<Pending> items, CancellationToken cancellationToken)
    {
        SemaphoreSlim throttle;
        lock (_gate)
        {
            throttle = _throttles[subscription];
        }

        await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SendAsync(subscription, items, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            throttle.Release();
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
        var signedUri = (subscription.Options.SignedUrl ?? subscription.Target).AbsoluteUri;
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Target)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-HubSpot-Signature", WebhookSigner.V1(subscription.ClientSecret, body));
        request.Headers.Add("X-HubSpot-Signature-Version", "v1");
        request.Headers.Add("X-HubSpot-Signature-v3", WebhookSigner.V3(subscription.ClientSecret, "POST", signedUri, body, timestamp));
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
                // HubSpot retries any failure, 4xx included, with randomised growing delays.
                var random = new Random(subscription.Options.Seed + (int)(_nextEventId % 100_000) + _deliveries.Count);
                foreach (var item in items.Where(i => i.Attempt < subscription.Options.MaxRetries))
                {
                    var stretch = 1 + (Math.Clamp(subscription.Options.RetryJitter, 0, 1) * random.NextDouble());
                    var delay = subscription.Options.FirstRetryDelay * Math.Pow(2, item.Attempt) * stretch;
                    _pending.Add(item with { Attempt = item.Attempt + 1, DueAt = now + delay });
                }
            }
        }
    }

    private JsonObject EventJson(HubSpotWebhookSubscription subscription, long subscriptionId, ObjectChange change)
    {
        var json = new JsonObject
        {
            ["eventId"] = _nextEventId++,
            ["subscriptionId"] = subscriptionId,
            ["portalId"] = portalId,
            ["appId"] = subscription.AppId,
            ["occurredAt"] = change.OccurredAt.ToUnixTimeMilliseconds(),
            ["subscriptionType"] = $"{change.Type.Singular}.{KindName(change.Kind)}",
            ["attemptNumber"] = 0,
        };
        if (change.Kind != ObjectChangeKind.AssociationChange)
        {
            json["objectId"] = change.ObjectId;
        }

        json["changeSource"] = change.Source.ToWireName();
        if (SourceId(change) is { } sourceId)
        {
            json["sourceId"] = sourceId;
        }

        switch (change.Kind)
        {
            case ObjectChangeKind.Creation:
                json["changeFlag"] = "CREATED";
                break;
            case ObjectChangeKind.Deletion:
                json["changeFlag"] = "DELETED";
                break;
            case ObjectChangeKind.PropertyChange:
                json["propertyName"] = change.PropertyName;
                json["propertyValue"] = change.PropertyValue;
                break;
            case ObjectChangeKind.Merge:
                json["primaryObjectId"] = change.ObjectId;
                json["mergedObjectIds"] = new JsonArray([.. (change.MergedObjectIds ?? []).Select(id => (JsonNode)id)]);
                json["newObjectId"] = change.NewObjectId ?? change.ObjectId;
                json["numberOfPropertiesMoved"] = change.NumberOfPropertiesMoved;
                break;
            case ObjectChangeKind.AssociationChange when change.Association is { } association:
                json["associationType"] = $"{change.Type.Singular.ToUpperInvariant()}_TO_{association.ToType.Singular.ToUpperInvariant()}";
                json["fromObjectId"] = change.ObjectId;
                json["toObjectId"] = association.ToObjectId;
                json["associationRemoved"] = association.Removed;
                json["isPrimaryAssociation"] = association.IsPrimary;
                break;
        }

        return json;
    }

    private string? SourceId(ObjectChange change) => change.SourceId ?? change.Source switch
    {
        ChangeSource.Api => defaultAppId.ToString(CultureInfo.InvariantCulture),
        ChangeSource.CrmUi => $"userId:{SimulatedUserId.ToString(CultureInfo.InvariantCulture)}",
        _ => null,
    };

    private sealed record Pending(HubSpotWebhookSubscription Subscription, JsonObject Event, int Attempt, DateTimeOffset DueAt);
}
