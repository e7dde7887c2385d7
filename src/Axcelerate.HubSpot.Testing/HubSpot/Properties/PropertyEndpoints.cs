using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Properties;

/// <summary>Properties: list, read one and create (custom properties).</summary>
internal sealed class PropertyEndpoints(PropertyCatalog catalog, TimeProvider timeProvider)
{
    private static readonly Dictionary<string, string[]> ValidFieldTypes = new(StringComparer.Ordinal)
    {
        ["string"] = ["text", "textarea", "file", "html", "phonenumber", "calculation_equation"],
        ["number"] = ["number", "calculation_equation"],
        ["date"] = ["date"],
        ["datetime"] = ["date"],
        ["enumeration"] = ["booleancheckbox", "checkbox", "radio", "select", "calculation_equation"],
        ["bool"] = ["booleancheckbox", "calculation_equation"],
        ["phone_number"] = ["phonenumber"],
    };

    public void Map(IEndpointRouteBuilder group, string prefix)
    {
        group.MapGet(prefix + "/{type}", (string type) => HubSpotObjectType.Find(type) is { } t
            ? HubSpotResponses.Json(new JsonObject { ["results"] = new JsonArray([.. catalog.All(t).Select(p => (JsonNode)Json(p))]) })
            : ObjectEndpoints.UnknownType(type));
        group.MapGet(prefix + "/{type}/{name}", (string type, string name) => HubSpotObjectType.Find(type) is not { } t
            ? ObjectEndpoints.UnknownType(type)
            : catalog.Find(t, name) is { } p ? HubSpotResponses.Json(Json(p)) : HubSpotResponses.NotFound());
        group.MapPost(prefix + "/{type}", CreateAsync);
    }

    private async Task<IResult> CreateAsync(HttpContext context, string type)
    {
        if (HubSpotObjectType.Find(type) is not { } objectType)
        {
            return ObjectEndpoints.UnknownType(type);
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return HubSpotResponses.InvalidJson();
        }

        var name = HubSpotResponses.Text(body["name"]);
        var label = HubSpotResponses.Text(body["label"]);
        var dataType = HubSpotResponses.Text(body["type"]);
        var fieldType = HubSpotResponses.Text(body["fieldType"]);
        var groupName = HubSpotResponses.Text(body["groupName"]);
        if (name is null || label is null || dataType is null || fieldType is null || groupName is null)
        {
            return HubSpotResponses.Validation("name, label, type, fieldType and groupName are required.");
        }

        if (!ValidFieldTypes.TryGetValue(dataType, out var fieldTypes) || !fieldTypes.Contains(fieldType))
        {
            return HubSpotResponses.Validation($"Property type '{dataType}' cannot use fieldType '{fieldType}'.");
        }

        var options = (body["options"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(o => new KeyValuePair<string, string>(HubSpotResponses.Text(o["label"]) ?? string.Empty, HubSpotResponses.Text(o["value"]) ?? string.Empty)).ToList();
        var definition = new HubSpotPropertyDefinition(name, label, dataType, fieldType, groupName)
        {
            HubSpotDefined = false,
            HasUniqueValue = (bool?)body["hasUniqueValue"] ?? false,
            Options = options,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        return catalog.TryAdd(objectType, definition)
            ? HubSpotResponses.Json(Json(definition), StatusCodes.Status201Created)
            : HubSpotResponses.Error(StatusCodes.Status409Conflict, $"Property named '{name}' already exists.", "OBJECT_ALREADY_EXISTS");
    }

    private static JsonObject Json(HubSpotPropertyDefinition p)
    {
        var json = new JsonObject
        {
            ["name"] = p.Name,
            ["label"] = p.Label,
            ["type"] = p.Type,
            ["fieldType"] = p.FieldType,
            ["description"] = string.Empty,
            ["groupName"] = p.GroupName,
            ["options"] = new JsonArray([.. p.Options.Select((o, i) => (JsonNode)new JsonObject { ["label"] = o.Key, ["value"] = o.Value, ["displayOrder"] = i, ["hidden"] = false })]),
            ["calculated"] = p.Calculated,
            ["externalOptions"] = false,
            ["hasUniqueValue"] = p.HasUniqueValue,
            ["hidden"] = false,
            ["hubspotDefined"] = p.HubSpotDefined,
            ["formField"] = !p.ReadOnlyValue,
            ["modificationMetadata"] = new JsonObject { ["archivable"] = !p.HubSpotDefined, ["readOnlyDefinition"] = p.HubSpotDefined, ["readOnlyValue"] = p.ReadOnlyValue },
        };
        if (p.CreatedAt is { } created)
        {
            json["createdAt"] = HubSpotStore.FormatDate(created);
        }

        return json;
    }
}
