using Axcelerate.HubSpot.Testing.HubSpot.Properties;

namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>What HubSpot refuses when an app subscribes to webhook events.</summary>
internal static class WebhookSubscriptionRules
{
    /// <exception cref="ArgumentException">No events, an unknown event type, or a property the portal does not define.</exception>
    public static void Validate(HubSpotWebhookOptions options, PropertyCatalog catalog)
    {
        if (options.Events.Count == 0)
        {
            throw new ArgumentException(
                "Subscribe to at least one event in HubSpotWebhookOptions.Events (HubSpot sends only subscribed events; property changes need one subscription per property).",
                nameof(options));
        }

        foreach (var subscribed in options.Events)
        {
            if (subscribed.Problem() is { } problem)
            {
                throw new ArgumentException(problem, nameof(options));
            }

            if (subscribed.PropertyName is { } property && property != HubSpotWebhookEvent.AnyProperty
                && !catalog.All(subscribed.ObjectType).Any(p => string.Equals(p.Name, property, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"{subscribed.ObjectType.Singular} has no property '{property}' to subscribe to.", nameof(options));
            }
        }

        if (options.MaxConcurrentRequests < 1)
        {
            throw new ArgumentException("MaxConcurrentRequests must be at least 1.", nameof(options));
        }
    }
}
