using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>
/// One event subscription of a webhook app, as HubSpot's subscription list holds it: an event type such as
/// <c>contact.creation</c>, and for <c>*.propertyChange</c> the one property it watches (HubSpot needs one
/// subscription per property). Each gets its own <c>subscriptionId</c>.
/// </summary>
/// <param name="EventType">The event type, <c>{contact|company|deal}.{creation|deletion|propertyChange|merge|associationChange}</c>.</param>
/// <param name="PropertyName">For <c>propertyChange</c>: the property watched, or <see cref="AnyProperty"/> (sandbox only).</param>
public sealed record HubSpotWebhookEvent(string EventType, string? PropertyName = null)
{
    /// <summary>
    /// The property name of <see cref="AnyPropertyChange"/>: a sandbox-only opt-out that fires for every property.
    /// HubSpot itself has no such subscription.
    /// </summary>
    public const string AnyProperty = "*";

    internal static readonly string[] Kinds = ["creation", "deletion", "propertyChange", "merge", "associationChange"];

    /// <summary><c>{type}.creation</c>.</summary>
    /// <param name="type">Contacts, companies or deals.</param>
    /// <returns>The subscription.</returns>
    public static HubSpotWebhookEvent Creation(HubSpotObjectType type) => new($"{Singular(type)}.creation");

    /// <summary><c>{type}.deletion</c> (also fired for the ids a merge retires).</summary>
    /// <param name="type">Contacts, companies or deals.</param>
    /// <returns>The subscription.</returns>
    public static HubSpotWebhookEvent Deletion(HubSpotObjectType type) => new($"{Singular(type)}.deletion");

    /// <summary><c>{type}.merge</c>.</summary>
    /// <param name="type">Contacts, companies or deals.</param>
    /// <returns>The subscription.</returns>
    public static HubSpotWebhookEvent Merge(HubSpotObjectType type) => new($"{Singular(type)}.merge");

    /// <summary><c>{type}.associationChange</c>.</summary>
    /// <param name="type">Contacts, companies or deals.</param>
    /// <returns>The subscription.</returns>
    public static HubSpotWebhookEvent AssociationChange(HubSpotObjectType type) => new($"{Singular(type)}.associationChange");

    /// <summary><c>{type}.propertyChange</c> for one property, as HubSpot requires.</summary>
    /// <param name="type">Contacts, companies or deals.</param>
    /// <param name="propertyName">The property watched.</param>
    /// <returns>The subscription.</returns>
    public static HubSpotWebhookEvent PropertyChange(HubSpotObjectType type, string propertyName)
    {
        ArgumentException.ThrowIfNullOrEmpty(propertyName);
        return new($"{Singular(type)}.propertyChange", propertyName);
    }

    /// <summary>
    /// Sandbox-only opt-out: <c>{type}.propertyChange</c> for every property under one subscription id. HubSpot sends
    /// property changes only for properties subscribed one by one; use this only where that does not matter.
    /// </summary>
    /// <param name="type">Contacts, companies or deals.</param>
    /// <returns>The subscription.</returns>
    public static HubSpotWebhookEvent AnyPropertyChange(HubSpotObjectType type) => new($"{Singular(type)}.propertyChange", AnyProperty);

    /// <summary>The record-level events of a type: creation, deletion, merge and associationChange (no property changes).</summary>
    /// <param name="type">Contacts, companies or deals.</param>
    /// <returns>The four subscriptions.</returns>
    public static IReadOnlyList<HubSpotWebhookEvent> RecordEvents(HubSpotObjectType type) => [Creation(type), Deletion(type), Merge(type), AssociationChange(type)];

    /// <summary>
    /// Reads <c>contact.creation</c> or <c>contact.propertyChange:email</c> (property after a colon; <c>*</c> for any
    /// property, sandbox only).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The subscription.</returns>
    /// <exception cref="FormatException">The text names no known event type, or a property is missing or misplaced.</exception>
    public static HubSpotWebhookEvent Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var subscription = colon < 0 ? new HubSpotWebhookEvent(text.Trim()) : new HubSpotWebhookEvent(text[..colon].Trim(), text[(colon + 1)..].Trim());
        return subscription.Problem() is { } problem ? throw new FormatException(problem) : subscription;
    }

    /// <summary>What is wrong with the subscription, or null when HubSpot would accept it.</summary>
    internal string? Problem()
    {
        var dot = EventType.IndexOf('.', StringComparison.Ordinal);
        var type = dot < 0 ? null : HubSpotObjectType.Find(EventType[..dot]);
        var kind = dot < 0 ? null : Kinds.FirstOrDefault(k => k == EventType[(dot + 1)..]);
        if (type is null || !type.HasWebhooks || kind is null || type.Singular != EventType[..dot])
        {
            return $"'{EventType}' is not a webhook event type; use {{contact|company|deal}}.{{{string.Join('|', Kinds)}}}.";
        }

        if (kind == "propertyChange")
        {
            if (string.IsNullOrEmpty(PropertyName))
            {
                return $"'{EventType}' needs a property name: HubSpot subscribes to property changes one property at a time.";
            }

            if (PropertyName is "hs_lastmodifieddate" or "num_unique_conversion_events" or "lastmodifieddate")
            {
                return $"'{PropertyName}' cannot be subscribed to (HubSpot refuses subscriptions to it).";
            }
        }
        else if (PropertyName is not null)
        {
            return $"'{EventType}' takes no property name (only propertyChange does).";
        }

        return null;
    }

    internal HubSpotObjectType ObjectType => HubSpotObjectType.Find(EventType[..EventType.IndexOf('.', StringComparison.Ordinal)])!;

    /// <summary>The event type and property, such as <c>contact.propertyChange:email</c>.</summary>
    /// <returns>The text <see cref="Parse"/> reads.</returns>
    public override string ToString() => PropertyName is null ? EventType : $"{EventType}:{PropertyName}";

    private static string Singular(HubSpotObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.HasWebhooks ? type.Singular : throw new ArgumentException($"HubSpot sends no webhooks for {type.Name}; use contacts, companies or deals.", nameof(type));
    }
}
