namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>A subscriber receiving every contact, company and deal change.</summary>
public sealed class HubSpotWebhookSubscription
{
    internal HubSpotWebhookSubscription(int id, Uri target, string clientSecret, HubSpotWebhookOptions options)
    {
        Id = id;
        Target = target;
        ClientSecret = clientSecret;
        Options = options;
    }

    /// <summary>The subscription's number; event <c>subscriptionId</c>s are derived from it per subscription type.</summary>
    public int Id { get; }

    /// <summary>The URL events are POSTed to.</summary>
    public Uri Target { get; }

    /// <summary>How deliveries behave.</summary>
    public HubSpotWebhookOptions Options { get; }

    internal string ClientSecret { get; }

    /// <summary>Describes the subscription without its secret.</summary>
    /// <returns>The target URL.</returns>
    public override string ToString() => $"Webhook subscription {Id} → {Target}";
}
