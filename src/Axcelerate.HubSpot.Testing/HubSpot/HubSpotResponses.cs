using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.HubSpot;

/// <summary>HubSpot's JSON shapes: records, collections and the standard error body.</summary>
internal static class HubSpotResponses
{
    public static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Text(node.ToJsonString(), "application/json", Encoding.UTF8, status);

    public static JsonObject ErrorBody(string message, string category, JsonObject? context = null, string? subCategory = null)
    {
        var body = new JsonObject
        {
            ["status"] = "error",
            ["message"] = message,
            ["correlationId"] = Guid.NewGuid().ToString(),
            ["category"] = category,
        };
        if (subCategory is not null)
        {
            body["subCategory"] = subCategory;
        }

        if (context is not null)
        {
            body["context"] = context;
        }

        return body;
    }

    public static IResult Error(int status, string message, string category, JsonObject? context = null) => Json(ErrorBody(message, category, context), status);

    public static IResult Validation(string message) => Error(StatusCodes.Status400BadRequest, message, "VALIDATION_ERROR");

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "resource not found", "OBJECT_NOT_FOUND");

    public static IResult DuplicateContact(long existingId) => Json(DuplicateContactBody(existingId), StatusCodes.Status409Conflict);

    public static JsonObject DuplicateContactBody(long existingId) =>
        ErrorBody($"Contact already exists. Existing ID: {HubSpotStore.FormatId(existingId)}", "CONFLICT");

    public static JsonObject Record(HubSpotRecord record, IEnumerable<string> properties, bool allProperties = false)
    {
        var props = new JsonObject();
        if (allProperties)
        {
            foreach (var (name, value) in record.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                props[name] = value;
            }
        }
        else
        {
            foreach (var name in properties.Concat(["hs_object_id", record.ObjectType.CreatedProperty, record.ObjectType.LastModifiedProperty]).Distinct(StringComparer.Ordinal))
            {
                props[name] = record[name];
            }
        }

        var json = new JsonObject
        {
            ["id"] = record.Id,
            ["properties"] = props,
            ["createdAt"] = HubSpotStore.FormatDate(record.CreatedAt),
            ["updatedAt"] = HubSpotStore.FormatDate(record.UpdatedAt),
            ["archived"] = record.Archived,
        };
        if (record.Archived)
        {
            json["archivedAt"] = HubSpotStore.FormatDate(record.UpdatedAt);
        }

        return json;
    }

    public static JsonObject Paging(string after, string link) => new()
    {
        ["next"] = new JsonObject { ["after"] = after, ["link"] = link },
    };

    public static async Task<JsonNode?> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IResult InvalidJson() => Validation("Invalid input JSON on line 1: the request body could not be parsed.");

    public static Dictionary<string, string?> PropertiesOf(JsonNode? node)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj)
            {
                map[name] = value switch
                {
                    null => null,
                    JsonValue v when v.TryGetValue<string>(out var s) => s,
                    _ => value.ToJsonString(),
                };
            }
        }

        return map;
    }

    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };
}
