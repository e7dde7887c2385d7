namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>One app's webhook target: where events go, how they are signed, and the events subscribed to.</summary>
public sealed class HubSpotWebhookSubscription
{
    internal HubSpotWebhookSubscription(int id, Uri target, string clientSecret, HubSpotWebhookOptions options, long appId, IReadOnlyList<HubSpotWebhookEventSubscription> events)
    {
        Id = id;
        Target = target;
        ClientSecret = clientSecret;
        Options = options;
        AppId = appId;
        Events = events;
    }

    /// <summary>The target's number in this sandbox.</summary>
    public int Id { get; }

    /// <summary>The URL events are POSTed to.</summary>
    public Uri Target { get; }

    /// <summary>How deliveries behave.</summary>
    public HubSpotWebhookOptions Options { get; }

    /// <summary>The app id each event carries.</summary>
    public long AppId { get; }

    /// <summary>The event subscriptions with the <c>subscriptionId</c> each was given.</summary>
    public IReadOnlyList<HubSpotWebhookEventSubscription> Events { get; }

    internal string ClientSecret { get; }

    /// <summary>Describes the subscription without its secret.</summary>
    /// <returns>The target URL.</returns>
    public override string ToString() => $"Webhook subscription {Id} → {Target}";
}

/// <summary>An event subscription and the <c>subscriptionId</c> its events carry.</summary>
/// <param name="SubscriptionId">The id in each event's <c>subscriptionId</c>.</param>
/// <param name="Event">What is subscribed.</param>
public sealed record HubSpotWebhookEventSubscription(long SubscriptionId, HubSpotWebhookEvent Event);
