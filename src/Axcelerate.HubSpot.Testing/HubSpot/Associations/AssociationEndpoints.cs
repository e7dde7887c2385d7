using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Associations;

/// <summary>Associations v4 (and their 2026-03 paths): per record and batch.</summary>
internal sealed class AssociationEndpoints(HubSpotStore store, AssociationLabels labels)
{
    public const int DefaultPerRecordLimit = 500;

    public static HubSpotObjectType? TargetTypeOfDefaultId(int typeId) => AssociationTypes.TargetOf(typeId);

    public static string LegacyTypeName(AssociationEdge edge) =>
        $"{edge.FromType.Singular}_to_{edge.ToType.Singular}";

    /// <param name="group">The route group.</param>
    /// <param name="objectsPrefix">e.g. <c>/crm/v4/objects</c>.</param>
    /// <param name="batchPrefix">e.g. <c>/crm/v4/associations</c>.</param>
    public void Map(IEndpointRouteBuilder group, string objectsPrefix, string batchPrefix)
    {
        group.MapGet(objectsPrefix + "/{type}/{id}/associations/{toType}", ListForRecord);
        group.MapPut(objectsPrefix + "/{type}/{id}/associations/default/{toType}/{toId}", PutDefault);
        group.MapPut(objectsPrefix + "/{type}/{id}/associations/{toType}/{toId}", PutLabelledAsync);
        group.MapDelete(objectsPrefix + "/{type}/{id}/associations/{toType}/{toId}", Delete);
        group.MapPost(batchPrefix + "/{type}/{toType}/batch/{operation}", BatchAsync);
        group.MapPost(batchPrefix + "/{type}/{toType}/batch/associate/default", BatchDefaultAsync);
        group.MapGet(batchPrefix + "/{type}/{toType}/labels", ListLabels);
        group.MapPost(batchPrefix + "/{type}/{toType}/labels", CreateLabelAsync);
        if (batchPrefix == "/crm/v4/associations")
        {
            // The current v4 schema path; /crm/v4/associations/{from}/{to}/labels is the older one.
            group.MapGet("/crm/associations/v4/{type}/{toType}/labels", ListLabels);
            group.MapPost("/crm/associations/v4/{type}/{toType}/labels", CreateLabelAsync);
        }
    }

    private IResult ListForRecord(HttpContext context, string type, string id, string toType)
    {
        if (!TryTypes(type, toType, out var from, out var to, out var error))
        {
            return error;
        }

        if (!long.TryParse(id, CultureInfo.InvariantCulture, out var fromId) || !store.Exists(from, fromId))
        {
            return HubSpotResponses.NotFound();
        }

        var limit = int.TryParse(context.Request.Query["limit"], CultureInfo.InvariantCulture, out var l) && l > 0 ? Math.Min(l, DefaultPerRecordLimit) : DefaultPerRecordLimit;
        var after = long.TryParse(context.Request.Query["after"], CultureInfo.InvariantCulture, out var a) ? a : 0;
        var grouped = store.AssociationsOf(from, fromId, to).GroupBy(e => e.ToId).Where(g => g.Key >= after).ToList();
        var page = grouped.Take(limit).ToList();
        var body = new JsonObject { ["results"] = new JsonArray([.. page.Select(g => (JsonNode)TargetJson(g))]) };
        if (grouped.Count > limit)
        {
            var next = HubSpotStore.FormatId(grouped[limit].Key);
            body["paging"] = HubSpotResponses.Paging(next, $"{context.Request.Path}?after={next}");
        }

        return HubSpotResponses.Json(body);
    }

    private IResult PutDefault(string type, string id, string toType, string toId)
    {
        if (!TryTypes(type, toType, out var from, out var to, out var error))
        {
            return error;
        }

        if (AssociationTypes.DefaultId(from, to) is not { } typeId)
        {
            return HubSpotResponses.Validation($"There is no default association from {from.Name} to {to.Name}.");
        }

        if (!TryIds(id, toId, out var fromId, out var targetId) || !store.Associate(new AssociationEdge(from, fromId, to, targetId, AssociationTypes.HubSpotDefined, typeId)))
        {
            return HubSpotResponses.NotFound();
        }

        var now = HubSpotStore.FormatDate(store.Now);
        return HubSpotResponses.Json(new JsonObject
        {
            ["status"] = "COMPLETE",
            ["results"] = new JsonArray([.. DefaultResults(from, to, id, toId, typeId)]),
            ["startedAt"] = now,
            ["completedAt"] = now,
        });
    }

    // HubSpot answers a default association with both directions: {from, to, associationSpec} for each.
    private static IEnumerable<JsonNode> DefaultResults(HubSpotObjectType from, HubSpotObjectType to, string fromId, string toId, int typeId)
    {
        yield return DefaultResult(fromId, toId, typeId);
        yield return DefaultResult(toId, fromId, AssociationTypes.ReverseOf(from, to, typeId));
    }

    private static JsonObject DefaultResult(string fromId, string toId, int typeId) => new()
    {
        ["from"] = new JsonObject { ["id"] = fromId },
        ["to"] = new JsonObject { ["id"] = toId },
        ["associationSpec"] = new JsonObject { ["associationCategory"] = AssociationTypes.HubSpotDefined, ["associationTypeId"] = typeId },
    };

    private JsonArray LabelsBetween(HubSpotObjectType from, long fromId, HubSpotObjectType to, long toId) =>
        new([.. store.AssociationsOf(from, fromId, to).Where(e => e.ToId == toId).Select(LabelOf).OfType<string>().Distinct().Select(l => (JsonNode)l)]);

    // A user-defined type reads back with this portal's label text; a built-in one with HubSpot's (or none).
    private string? LabelOf(AssociationEdge edge) =>
        edge.Category == AssociationLabels.UserDefined ? labels.LabelOf(edge.FromType, edge.ToType, edge.TypeId) : AssociationTypes.LabelOf(edge.TypeId);

    // HubSpot refuses a USER_DEFINED type id the portal has not defined between the two object types.
    private string? UnknownTypeError(HubSpotObjectType from, HubSpotObjectType to, JsonObject spec) =>
        Engagements.EngagementRules.WrongTypeId(from, to, HubSpotResponses.Text(spec["associationCategory"]), (int?)spec["associationTypeId"] ?? 0) ?? (HubSpotResponses.Text(spec["associationCategory"]) == AssociationLabels.UserDefined
        && labels.LabelOf(from, to, (int?)spec["associationTypeId"] ?? 0) is null
            ? $"The association type {AssociationLabels.UserDefined} {spec["associationTypeId"]?.ToJsonString() ?? "(none)"} is not defined from {from.Name} to {to.Name}."
            : null);

    private IResult ListLabels(string type, string toType)
    {
        if (!TryTypes(type, toType, out var from, out var to, out var error))
        {
            return error;
        }

        var builtIn = new List<int>();
        if (AssociationTypes.DefaultId(from, to) is { } defaultId)
        {
            builtIn.Add(defaultId);
        }

        if (AssociationTypes.PrimaryId(from, to) is { } primaryId)
        {
            builtIn.Add(primaryId);
        }

        if (AssociationTypes.PrimaryId(to, from) is { } reversePrimary)
        {
            builtIn.Add(AssociationTypes.ReverseOf(to, from, reversePrimary));
        }

        var results = builtIn.Select(id => LabelJson(AssociationTypes.HubSpotDefined, id, AssociationTypes.LabelOf(id)))
            .Concat(labels.Between(from, to).Select(d => LabelJson(AssociationLabels.UserDefined, d.TypeId, d.Label)));
        return HubSpotResponses.Json(new JsonObject { ["results"] = new JsonArray([.. results]) });
    }

    private async Task<IResult> CreateLabelAsync(HttpContext context, string type, string toType)
    {
        if (!TryTypes(type, toType, out var from, out var to, out var error))
        {
            return error;
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body
            || HubSpotResponses.Text(body["label"]) is not { Length: > 0 } label || string.IsNullOrWhiteSpace(label)
            || HubSpotResponses.Text(body["name"]) is not { Length: > 0 } name || string.IsNullOrWhiteSpace(name))
        {
            return HubSpotResponses.Validation("The body must be {\"label\": \"...\", \"name\": \"...\"} with a non-empty label and name.");
        }

        var definition = labels.Define(from, to, label, name);
        return HubSpotResponses.Json(new JsonObject { ["results"] = new JsonArray(LabelJson(AssociationLabels.UserDefined, definition.TypeId, definition.Label)) });
    }

    private static JsonObject LabelJson(string category, int typeId, string? label) =>
        new JsonObject { ["category"] = category, ["typeId"] = typeId, ["label"] = label };

    private async Task<IResult> PutLabelledAsync(HttpContext context, string type, string id, string toType, string toId)
    {
        if (!TryTypes(type, toType, out var from, out var to, out var error))
        {
            return error;
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonArray specs || specs.Count == 0)
        {
            return HubSpotResponses.Validation("The body must be an array of {associationCategory, associationTypeId}.");
        }

        if (!TryIds(id, toId, out var fromId, out var targetId) || !store.Exists(from, fromId) || !store.Exists(to, targetId))
        {
            return HubSpotResponses.NotFound();
        }

        if (specs.OfType<JsonObject>().Select(s => UnknownTypeError(from, to, s)).OfType<string>().FirstOrDefault() is { } unknown)
        {
            return HubSpotResponses.Validation(unknown);
        }

        foreach (var spec in specs.OfType<JsonObject>())
        {
            store.Associate(new AssociationEdge(from, fromId, to, targetId, HubSpotResponses.Text(spec["associationCategory"]) ?? AssociationTypes.HubSpotDefined, (int?)spec["associationTypeId"] ?? 0));
        }

        return HubSpotResponses.Json(
            new JsonObject
            {
                ["fromObjectTypeId"] = from.TypeId,
                ["fromObjectId"] = fromId,
                ["toObjectTypeId"] = to.TypeId,
                ["toObjectId"] = targetId,
                ["labels"] = LabelsBetween(from, fromId, to, targetId),
            },
            StatusCodes.Status201Created);
    }

    private IResult Delete(string type, string id, string toType, string toId)
    {
        if (!TryTypes(type, toType, out var from, out var to, out var error))
        {
            return error;
        }

        if (TryIds(id, toId, out var fromId, out var targetId))
        {
            store.RemoveAssociations(from, fromId, to, targetId);
        }

        return Results.NoContent();
    }

    private async Task<IResult> BatchAsync(HttpContext context, string type, string toType, string operation)
    {
        if (!TryTypes(type, toType, out var from, out var to, out var error))
        {
            return error;
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body || body["inputs"] is not JsonArray inputs)
        {
            return HubSpotResponses.Validation("Invalid input JSON: inputs is required.");
        }

        var results = new JsonArray();
        var errors = new JsonArray();
        switch (operation)
        {
            case "read":
                if (inputs.Count > 1000)
                {
                    return HubSpotResponses.Validation("The maximum number of inputs supported in a batch is 1000. Please reduce the number of items and try again");
                }

                foreach (var input in inputs.OfType<JsonObject>())
                {
                    var id = HubSpotResponses.Text(input["id"]);
                    if (!long.TryParse(id, CultureInfo.InvariantCulture, out var fromId))
                    {
                        continue;
                    }

                    var targets = store.AssociationsOf(from, fromId, to).GroupBy(e => e.ToId).ToList();
                    if (targets.Count == 0)
                    {
                        errors.Add(HubSpotResponses.ErrorBody($"No {to.Singular} is associated with {from.Singular} {id}.", "OBJECT_NOT_FOUND", new JsonObject { ["fromObjectId"] = new JsonArray(id) }, "crm.associations.NO_ASSOCIATIONS_FOUND"));
                        continue;
                    }

                    results.Add(new JsonObject
                    {
                        ["from"] = new JsonObject { ["id"] = id },
                        ["to"] = new JsonArray([.. targets.Select(g => (JsonNode)TargetJson(g))]),
                    });
                }

                break;
            case "create":
                foreach (var input in inputs.OfType<JsonObject>())
                {
                    var ok = TryIds(HubSpotResponses.Text(input["from"]?["id"]) ?? string.Empty, HubSpotResponses.Text(input["to"]?["id"]) ?? string.Empty, out var fromId, out var toId);
                    var specs = (input["types"] as JsonArray ?? []).OfType<JsonObject>().ToList();
                    if (specs.Select(s => UnknownTypeError(from, to, s)).OfType<string>().FirstOrDefault() is { } unknown)
                    {
                        errors.Add(HubSpotResponses.ErrorBody(unknown, "VALIDATION_ERROR"));
                        continue;
                    }

                    foreach (var spec in specs)
                    {
                        ok &= store.Associate(new AssociationEdge(from, fromId, to, toId, HubSpotResponses.Text(spec["associationCategory"]) ?? AssociationTypes.HubSpotDefined, (int?)spec["associationTypeId"] ?? 0));
                    }

                    if (ok && specs.Count > 0)
                    {
                        results.Add(new JsonObject
                        {
                            ["fromObjectTypeId"] = from.TypeId,
                            ["fromObjectId"] = fromId,
                            ["toObjectTypeId"] = to.TypeId,
                            ["toObjectId"] = toId,
                            ["labels"] = LabelsBetween(from, fromId, to, toId),
                        });
                    }
                    else
                    {
                        errors.Add(HubSpotResponses.ErrorBody($"Could not associate {from.Singular} {fromId} with {to.Singular} {toId}: a record does not exist or no types were given.", "VALIDATION_ERROR"));
                    }
                }

                break;
            case "archive":
                foreach (var input in inputs.OfType<JsonObject>())
                {
                    if (!long.TryParse(HubSpotResponses.Text(input["from"]?["id"]), CultureInfo.InvariantCulture, out var fromId))
                    {
                        continue;
                    }

                    foreach (var target in (input["to"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        if (long.TryParse(HubSpotResponses.Text(target["id"]), CultureInfo.InvariantCulture, out var toId))
                        {
                            store.RemoveAssociations(from, fromId, to, toId);
                        }
                    }
                }

                return Results.NoContent();
            default:
                return HubSpotResponses.NotFound();
        }

        return Complete(results, errors, operation == "create" ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private async Task<IResult> BatchDefaultAsync(HttpContext context, string type, string toType)
    {
        if (!TryTypes(type, toType, out var from, out var to, out var error))
        {
            return error;
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body || body["inputs"] is not JsonArray inputs)
        {
            return HubSpotResponses.Validation("Invalid input JSON: inputs is required.");
        }

        if (AssociationTypes.DefaultId(from, to) is not { } typeId)
        {
            return HubSpotResponses.Validation($"There is no default association from {from.Name} to {to.Name}.");
        }

        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var input in inputs.OfType<JsonObject>())
        {
            var fromText = HubSpotResponses.Text(input["from"]?["id"]) ?? string.Empty;
            var toText = HubSpotResponses.Text(input["to"]?["id"]) ?? string.Empty;
            if (TryIds(fromText, toText, out var fromId, out var toId) && store.Associate(new AssociationEdge(from, fromId, to, toId, AssociationTypes.HubSpotDefined, typeId)))
            {
                foreach (var result in DefaultResults(from, to, fromText, toText, typeId))
                {
                    results.Add(result);
                }
            }
            else
            {
                errors.Add(HubSpotResponses.ErrorBody($"Could not associate {from.Singular} {fromText} with {to.Singular} {toText}: a record does not exist.", "VALIDATION_ERROR"));
            }
        }

        return Complete(results, errors, StatusCodes.Status200OK);
    }

    private IResult Complete(JsonArray results, JsonArray errors, int okStatus)
    {
        var now = HubSpotStore.FormatDate(store.Now);
        var body = new JsonObject { ["status"] = "COMPLETE", ["results"] = results, ["startedAt"] = now, ["completedAt"] = now };
        if (errors.Count > 0)
        {
            body["numErrors"] = errors.Count;
            body["errors"] = errors;
        }

        return HubSpotResponses.Json(body, errors.Count > 0 ? StatusCodes.Status207MultiStatus : okStatus);
    }

    private JsonObject TargetJson(IGrouping<long, AssociationEdge> target) => new()
    {
        ["toObjectId"] = target.Key,
        ["associationTypes"] = new JsonArray([.. target.Select(e => (JsonNode)new JsonObject
        {
            ["category"] = e.Category,
            ["typeId"] = e.TypeId,
            ["label"] = LabelOf(e),
        })]),
    };

    private static bool TryTypes(string type, string toType, out HubSpotObjectType from, out HubSpotObjectType to, out IResult error)
    {
        from = HubSpotObjectType.Find(type)!;
        to = HubSpotObjectType.Find(toType)!;
        error = ObjectEndpoints.UnknownType(from is null ? type : toType);
        return from is not null && to is not null;
    }

    private static bool TryIds(string id, string toId, out long fromId, out long targetId)
    {
        targetId = 0;
        return long.TryParse(id, CultureInfo.InvariantCulture, out fromId) & long.TryParse(toId, CultureInfo.InvariantCulture, out targetId);
    }
}
