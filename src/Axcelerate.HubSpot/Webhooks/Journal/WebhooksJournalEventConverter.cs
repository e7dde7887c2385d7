using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Turns the events of a journal entry into incoming-log events of the shape push webhooks have: a
/// <c>subscriptionType</c> such as <c>contact.propertyChange</c> (one per changed property), <c>objectId</c>,
/// <c>occurredAt</c>, <c>portalId</c>, and a webhook-style JSON payload keeping <c>changeSource</c> and
/// <c>sourceId</c> (so the integration recognises its own writes), with the journal offset and the raw journal event
/// beside them. Journal events carry no event id, so one is derived from the offset, the event's position and the
/// property: reading the same entry again yields the same ids, and the log skips them as duplicates.
/// </summary>
internal static class WebhooksJournalEventConverter
{
    public static List<NewIncomingEvent> Convert(WebhooksJournalFile file)
    {
        List<NewIncomingEvent> events = [];
        for (var index = 0; index < file.Events.Count; index++)
        {
            var raw = file.Events[index];
            if (raw.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var type = Text(raw, "type");
            var action = Text(raw, "action");
            if (string.Equals(type, "ASSOCIATION", StringComparison.OrdinalIgnoreCase) || action?.StartsWith("ASSOCIATION_", StringComparison.Ordinal) == true)
            {
                if (Association(file, raw, index) is { } association)
                {
                    events.Add(association);
                }

                continue;
            }

            var singular = Singular(Text(raw, "objectTypeId"));
            var objectId = Number(raw, "objectId");
            if (objectId is null)
            {
                continue;
            }

            var kind = action switch
            {
                "CREATE" => "creation",
                "UPDATE" => "propertyChange",
                "DELETE" => "deletion",
                "MERGE" => "merge",
                "RESTORE" => "restore",
                _ => null,
            };
            if (kind is null)
            {
                continue;
            }

            if (kind == "propertyChange" && raw.TryGetProperty("propertyChanges", out var changes) && changes.ValueKind == JsonValueKind.Array && changes.GetArrayLength() > 0)
            {
                foreach (var change in changes.EnumerateArray())
                {
                    var name = Text(change, "propertyName");
                    var payload = Payload(file, raw, index, $"{singular}.{kind}", name);
                    payload["objectId"] = objectId;
                    payload["propertyName"] = name;
                    payload["propertyValue"] = Text(change, "propertyValue");
                    events.Add(Event(file, raw, payload, index, name));
                }

                continue;
            }

            var json = Payload(file, raw, index, $"{singular}.{kind}", null);
            json["objectId"] = objectId;
            switch (kind)
            {
                case "creation":
                    json["changeFlag"] = "CREATED";
                    break;
                case "deletion":
                    json["changeFlag"] = "DELETED";
                    break;
                case "merge":
                    json["primaryObjectId"] = Number(raw, "primaryObjectId") ?? objectId;
                    json["mergedObjectIds"] = raw.TryGetProperty("mergedObjectIds", out var merged) ? JsonNode.Parse(merged.GetRawText()) : new JsonArray();
                    json["newObjectId"] = Number(raw, "newObjectId") ?? objectId;
                    break;
            }

            events.Add(Event(file, raw, json, index, null));
        }

        return events;
    }

    private static NewIncomingEvent? Association(WebhooksJournalFile file, JsonElement raw, int index)
    {
        var from = Number(raw, "fromObjectId");
        var to = Number(raw, "toObjectId");
        if (from is null || to is null)
        {
            return null;
        }

        var fromType = Singular(Text(raw, "fromObjectTypeId") ?? Text(raw, "objectTypeId"));
        var toType = Singular(Text(raw, "toObjectTypeId"));
        var json = Payload(file, raw, index, $"{fromType}.associationChange", null);
        json["associationType"] = $"{fromType.ToUpperInvariant()}_TO_{toType.ToUpperInvariant()}";
        json["fromObjectId"] = from;
        json["toObjectId"] = to;
        json["associationRemoved"] = Text(raw, "action") == "ASSOCIATION_REMOVED";
        json["isPrimaryAssociation"] = raw.TryGetProperty("isPrimary", out var primary) && primary.ValueKind == JsonValueKind.True;
        return Event(file, raw, json, index, null, from.Value.ToString(CultureInfo.InvariantCulture));
    }

    private static JsonObject Payload(WebhooksJournalFile file, JsonElement raw, int index, string subscriptionType, string? property)
    {
        var json = new JsonObject
        {
            ["eventId"] = EventId(file.Offset, index, property),
            ["subscriptionType"] = subscriptionType,
        };
        if (Number(raw, "subscriptionId") is { } subscriptionId)
        {
            json["subscriptionId"] = subscriptionId;
        }

        if (Number(raw, "portalId") is { } portalId)
        {
            json["portalId"] = portalId;
        }

        if (Number(raw, "appId") is { } appId)
        {
            json["appId"] = appId;
        }

        json["occurredAt"] = OccurredAt(raw, file).ToUnixTimeMilliseconds();
        json["attemptNumber"] = 0;
        if (Text(raw, "changeSource") is { } changeSource)
        {
            json["changeSource"] = changeSource;
        }

        if (Text(raw, "sourceId") is { } sourceId)
        {
            json["sourceId"] = sourceId;
        }

        json["source"] = "webhooks-journal";
        json["journalOffset"] = file.Offset;
        json["journalEvent"] = JsonNode.Parse(raw.GetRawText());
        return json;
    }

    private static NewIncomingEvent Event(WebhooksJournalFile file, JsonElement raw, JsonObject payload, int index, string? property, string? objectId = null) =>
        new(EventId(file.Offset, index, property), (string)payload["subscriptionType"]!, objectId ?? ((long)payload["objectId"]!).ToString(CultureInfo.InvariantCulture),
            OccurredAt(raw, file), payload.ToJsonString())
        {
            PortalId = Number(raw, "portalId"),
        };

    /// <summary>A stable positive id for one event of one entry (and one property of an update).</summary>
    internal static long EventId(string offset, int index, string? property)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{offset}|{index.ToString(CultureInfo.InvariantCulture)}|{property}"));
        return BitConverter.ToInt64(hash, 0) & long.MaxValue;
    }

    private static DateTimeOffset OccurredAt(JsonElement raw, WebhooksJournalFile file)
    {
        if (raw.TryGetProperty("occurredAt", out var value))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var ms))
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(ms);
            }

            if (value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return parsed;
            }
        }

        return file.PublishedAt ?? DateTimeOffset.UnixEpoch;
    }

    private static string Singular(string? objectTypeId) => objectTypeId switch
    {
        "0-1" or "contact" or "contacts" => "contact",
        "0-2" or "company" or "companies" => "company",
        "0-3" or "deal" or "deals" => "deal",
        _ => "object",
    };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        } : null;

    private static long? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        } : null;
}
