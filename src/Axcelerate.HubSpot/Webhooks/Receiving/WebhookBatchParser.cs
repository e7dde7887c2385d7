using System.Globalization;
using System.Text.Json;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Reads a HubSpot delivery (a JSON array of events) into incoming-log events, keeping each event's raw JSON as its
/// payload (property, change source, merge and association fields are the processor's to read).
/// </summary>
internal static class WebhookBatchParser
{
    /// <summary>HubSpot events are two levels deep (an array of objects holding at most an array of ids); far deeper is not HubSpot.</summary>
    public const int MaxDepth = 16;

    /// <summary>Parses the body; returns the events, or why the body is not a batch of HubSpot events (no body text in it).</summary>
    public static (IReadOnlyList<NewIncomingEvent>? Events, string? Problem) Parse(ReadOnlyMemory<byte> body)
    {
        var (document, unreadable) = WebhookJson.Parse(body, MaxDepth);
        if (document is null)
        {
            return (null, unreadable);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return (null, $"the body is a JSON {Kind(root.ValueKind)}, not an array of events");
            }

            var events = new List<NewIncomingEvent>(root.GetArrayLength());
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                var (parsed, problem) = ReadEvent(element, index);
                if (parsed is null)
                {
                    return (null, problem);
                }

                events.Add(parsed);

                index++;
            }

            return (events, null);
        }
    }

    private static (NewIncomingEvent? Event, string? Problem) ReadEvent(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, $"event {index} is a JSON {Kind(element.ValueKind)}, not an object");
        }

        if (Long(element, "eventId") is not { } eventId)
        {
            return (null, Missing(index, "eventId", "a number"));
        }

        if (!element.TryGetProperty("subscriptionType", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
            || typeElement.GetString() is not { Length: > 0 and <= 100 } subscriptionType)
        {
            return (null, Missing(index, "subscriptionType", "a text such as contact.propertyChange"));
        }

        if (Long(element, "occurredAt") is not { } occurredAt
            || occurredAt < 0 || occurredAt > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return (null, Missing(index, "occurredAt", "milliseconds since 1970"));
        }

        // associationChange events name their two records in fromObjectId/toObjectId instead of objectId.
        var objectId = Long(element, "objectId")
            ?? (subscriptionType.EndsWith(".associationChange", StringComparison.Ordinal) ? Long(element, "fromObjectId") : null);
        if (objectId is not { } id)
        {
            return (null, Missing(index, "objectId", "a number"));
        }

        var incoming = new NewIncomingEvent(
            eventId,
            subscriptionType,
            id.ToString(CultureInfo.InvariantCulture),
            DateTimeOffset.FromUnixTimeMilliseconds(occurredAt),
            element.GetRawText())
        {
            PortalId = Long(element, "portalId"),
        };
        return (incoming, null);
    }

    /// <summary>A whole number given as a JSON number or a numeric string; null when absent or not one.</summary>
    private static long? Long(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }

    private static string Missing(int index, string field, string expected) => $"event {index} has no {field} ({expected})";

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
