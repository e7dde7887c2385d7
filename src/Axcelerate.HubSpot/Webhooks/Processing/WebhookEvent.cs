using System.Globalization;
using System.Text.Json;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>The parts of a logged HubSpot webhook event the processor reads (the raw payload stays in the log).</summary>
internal sealed record WebhookEvent(IncomingLogEntry Entry, string ObjectType, string Kind)
{
    public const string Creation = "creation";
    public const string PropertyChange = "propertyChange";
    public const string Deletion = "deletion";
    public const string Merge = "merge";
    public const string AssociationChange = "associationChange";

    public string? ObjectId { get; init; }

    public string? ChangeSource { get; init; }

    public string? SourceId { get; init; }

    public string? PropertyName { get; init; }

    public string? NewObjectId { get; init; }

    public IReadOnlyList<string> MergedObjectIds { get; init; } = [];

    public string? AssociationType { get; init; }

    public string? FromObjectId { get; init; }

    public string? ToObjectId { get; init; }

    public bool AssociationRemoved { get; init; }

    /// <summary>Creations sort before everything else of a record, as they must run first.</summary>
    public int Rank => Kind == Creation ? 0 : 1;

    /// <summary>Reads a logged entry's payload; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static WebhookEvent Parse(IncomingLogEntry entry)
    {
        var dot = entry.SubscriptionType.IndexOf('.', StringComparison.Ordinal);
        var objectType = dot > 0 ? entry.SubscriptionType[..dot] : entry.SubscriptionType;
        var kind = dot > 0 ? entry.SubscriptionType[(dot + 1)..] : "";
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(entry.Payload);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The logged payload is not JSON: {ex.Message}", ex);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The logged payload is not a HubSpot event (a JSON object).");
        }

        return new WebhookEvent(entry, objectType, kind)
        {
            ObjectId = Text(root, "objectId") ?? entry.ObjectId,
            ChangeSource = Text(root, "changeSource"),
            SourceId = Text(root, "sourceId"),
            PropertyName = Text(root, "propertyName"),
            NewObjectId = Text(root, "newObjectId"),
            MergedObjectIds = root.TryGetProperty("mergedObjectIds", out var merged) && merged.ValueKind == JsonValueKind.Array
                ? [.. merged.EnumerateArray().Select(ValueText).OfType<string>()]
                : [],
            AssociationType = Text(root, "associationType"),
            FromObjectId = Text(root, "fromObjectId"),
            ToObjectId = Text(root, "toObjectId"),
            AssociationRemoved = root.TryGetProperty("associationRemoved", out var removed) && removed.ValueKind == JsonValueKind.True,
        };
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? ValueText(value) : null;

    private static string? ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
        _ => null,
    };
}
