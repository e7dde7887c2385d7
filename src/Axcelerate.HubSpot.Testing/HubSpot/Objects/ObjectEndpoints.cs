using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Associations;
using Axcelerate.HubSpot.Testing.HubSpot.Properties;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>The CRM object endpoints: get, list, create, update, archive and merge.</summary>
internal sealed class ObjectEndpoints(HubSpotStore store, PropertyCatalog catalog, HubSpotSandboxOptions options, PropertyValidation validation)
{
    public const int MaxListLimit = 100;

    public void Map(IEndpointRouteBuilder group, string prefix)
    {
        group.MapGet(prefix + "/{type}", ListAsync);
        group.MapGet(prefix + "/{type}/{id}", GetAsync);
        group.MapPost(prefix + "/{type}", CreateAsync);
        group.MapPatch(prefix + "/{type}/{id}", UpdateAsync);
        group.MapDelete(prefix + "/{type}/{id}", ArchiveAsync);
        group.MapPost(prefix + "/{type}/merge", MergeAsync);
    }

    public static IReadOnlyList<string> DefaultProperties(HubSpotObjectType type) => type.Name switch
    {
        "contacts" => ["firstname", "lastname", "email"],
        "companies" => ["name", "domain"],
        "deals" => ["dealname", "amount", "closedate", "pipeline", "dealstage"],
        _ => [],
    };

    public static IReadOnlyList<string> RequestedProperties(HttpRequest request, HubSpotObjectType type)
    {
        var requested = request.Query["properties"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return requested.Count > 0 ? requested : DefaultProperties(type);
    }

    private Task<IResult> ListAsync(HttpContext context, string type)
    {
        if (HubSpotObjectType.Find(type) is not { } objectType)
        {
            return Task.FromResult(UnknownType(type));
        }

        var query = context.Request.Query;
        var limit = 10;
        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return Task.FromResult(HubSpotResponses.Validation($"Invalid limit: {limitText}"));
        }

        limit = Math.Min(limit, MaxListLimit);
        long after = 0;
        if (query.TryGetValue("after", out var afterText) && !long.TryParse(afterText, CultureInfo.InvariantCulture, out after))
        {
            return Task.FromResult(HubSpotResponses.Validation($"Invalid after: {afterText}"));
        }

        var archived = string.Equals(query["archived"], "true", StringComparison.OrdinalIgnoreCase);
        var (page, next) = store.List(objectType, after, limit, archived);
        var properties = RequestedProperties(context.Request, objectType);
        var body = new JsonObject { ["results"] = new JsonArray([.. page.Select(r => (JsonNode)HubSpotResponses.Record(r, properties))]) };
        if (next is { } nextAfter)
        {
            var afterValue = HubSpotStore.FormatId(nextAfter);
            body["paging"] = HubSpotResponses.Paging(afterValue, $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}?after={afterValue}&limit={limit.ToString(CultureInfo.InvariantCulture)}");
        }

        return Task.FromResult(HubSpotResponses.Json(body));
    }

    private Task<IResult> GetAsync(HttpContext context, string type, string id)
    {
        if (HubSpotObjectType.Find(type) is not { } objectType)
        {
            return Task.FromResult(UnknownType(type));
        }

        var idProperty = context.Request.Query["idProperty"].ToString();
        if (IdPropertyRefused(objectType, idProperty, IdPropertyUse.Read) is { } refused)
        {
            return Task.FromResult(refused);
        }

        var archived = string.Equals(context.Request.Query["archived"], "true", StringComparison.OrdinalIgnoreCase);
        var record = store.Get(objectType, id, idProperty, archived);
        if (record is null || record.Archived != archived)
        {
            return Task.FromResult(HubSpotResponses.NotFound());
        }

        var json = HubSpotResponses.Record(record, RequestedProperties(context.Request, objectType));
        var associationTypes = context.Request.Query["associations"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (associationTypes.Count > 0)
        {
            var associations = new JsonObject();
            foreach (var toName in associationTypes)
            {
                if (HubSpotObjectType.Find(toName) is not { } toType)
                {
                    continue;
                }

                var edges = store.AssociationsOf(objectType, long.Parse(record.Id, CultureInfo.InvariantCulture), toType);
                if (edges.Count > 0)
                {
                    associations[toType.Name] = new JsonObject
                    {
                        ["results"] = new JsonArray([.. edges.Select(e => (JsonNode)new JsonObject { ["id"] = HubSpotStore.FormatId(e.ToId), ["type"] = AssociationEndpoints.LegacyTypeName(e) })]),
                    };
                }
            }

            json["associations"] = associations;
        }

        return Task.FromResult(HubSpotResponses.Json(json));
    }

    private async Task<IResult> CreateAsync(HttpContext context, string type)
    {
        if (HubSpotObjectType.Find(type) is not { } objectType)
        {
            return UnknownType(type);
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return HubSpotResponses.InvalidJson();
        }

        var (result, error) = CreateOne(objectType, body);
        return error ?? HubSpotResponses.Json(HubSpotResponses.Record(result!, body["properties"] is JsonObject p ? p.Select(kv => kv.Key).Concat(DefaultProperties(objectType)) : DefaultProperties(objectType)), StatusCodes.Status201Created);
    }

    /// <summary>Creates one record from a create input (properties plus inline associations).</summary>
    public (HubSpotRecord? Record, IResult? Error) CreateOne(HubSpotObjectType type, JsonObject input)
    {
        var inlineAssociations = ParseInlineAssociations(input["associations"]);
        if (inlineAssociations.Error is not null)
        {
            return (null, HubSpotResponses.Validation(inlineAssociations.Error));
        }

        var properties = HubSpotResponses.PropertiesOf(input["properties"]);
        if (Invalid(type, properties, null) is { } invalid)
        {
            return (null, invalid);
        }

        if ((Engagements.EngagementRules.MissingRequired(type, properties) ?? Engagements.EngagementRules.InvalidInlineAssociations(store, type, inlineAssociations.Items)) is { } refused)
        {
            return (null, refused);
        }

        var result = store.Create(type, properties, ChangeSource.Api);
        if (result.Error == StoreError.DuplicateEmail)
        {
            return (null, HubSpotResponses.DuplicateContact(result.ConflictingId));
        }

        var created = result.Record!;
        var fromId = long.Parse(created.Id, CultureInfo.InvariantCulture);
        foreach (var (toType, toId, category, typeId) in inlineAssociations.Items)
        {
            store.Associate(new AssociationEdge(type, fromId, toType, toId, category, typeId));
        }

        return (created, null);
    }

    private static (List<(HubSpotObjectType, long, string, int)> Items, string? Error) ParseInlineAssociations(JsonNode? node)
    {
        List<(HubSpotObjectType, long, string, int)> items = [];
        if (node is not JsonArray array)
        {
            return (items, null);
        }

        foreach (var association in array.OfType<JsonObject>())
        {
            var toId = HubSpotResponses.Text(association["to"]?["id"]);
            if (!long.TryParse(toId, CultureInfo.InvariantCulture, out var id))
            {
                return (items, $"Invalid association target id: {toId}");
            }

            foreach (var spec in (association["types"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var typeId = (int?)spec["associationTypeId"] ?? 0;
                var category = HubSpotResponses.Text(spec["associationCategory"]) ?? AssociationTypes.HubSpotDefined;
                var toType = AssociationEndpoints.TargetTypeOfDefaultId(typeId);
                if (toType is null)
                {
                    return (items, $"Unknown association type id {typeId.ToString(CultureInfo.InvariantCulture)}");
                }

                items.Add((toType, id, category, typeId));
            }
        }

        return (items, null);
    }

    private async Task<IResult> UpdateAsync(HttpContext context, string type, string id)
    {
        if (HubSpotObjectType.Find(type) is not { } objectType)
        {
            return UnknownType(type);
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return HubSpotResponses.InvalidJson();
        }

        var properties = HubSpotResponses.PropertiesOf(body["properties"]);
        var idProperty = context.Request.Query["idProperty"].ToString();
        if (IdPropertyRefused(objectType, idProperty, IdPropertyUse.SingleUpdate) is { } refused)
        {
            return refused;
        }

        if (store.Get(objectType, id, idProperty) is not { } existing)
        {
            return HubSpotResponses.NotFound();
        }

        if (Invalid(objectType, properties, existing) is { } invalid)
        {
            return invalid;
        }

        var result = store.Update(objectType, id, properties, ChangeSource.Api, idProperty);
        return result.Error switch
        {
            StoreError.NotFound => HubSpotResponses.NotFound(),
            StoreError.DuplicateEmail => HubSpotResponses.DuplicateContact(result.ConflictingId),
            _ => HubSpotResponses.Json(HubSpotResponses.Record(result.Record!, properties.Keys.Concat(DefaultProperties(objectType)))),
        };
    }

    private Task<IResult> ArchiveAsync(string type, string id)
    {
        if (HubSpotObjectType.Find(type) is not { } objectType)
        {
            return Task.FromResult(UnknownType(type));
        }

        // HubSpot answers 204 whether or not the record existed.
        store.Archive(objectType, id, ChangeSource.Api);
        return Task.FromResult(Results.NoContent());
    }

    private async Task<IResult> MergeAsync(HttpContext context, string type)
    {
        if (HubSpotObjectType.Find(type) is not { } objectType)
        {
            return UnknownType(type);
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return HubSpotResponses.InvalidJson();
        }

        var primary = HubSpotResponses.Text(body["primaryObjectId"]);
        var merged = HubSpotResponses.Text(body["objectIdToMerge"]);
        if (primary is null || merged is null)
        {
            return HubSpotResponses.Validation("primaryObjectId and objectIdToMerge are required.");
        }

        var result = store.Merge(objectType, primary, merged, ChangeSource.Api);
        return result.Record is null
            ? HubSpotResponses.Validation($"Could not merge {objectType.Singular} {merged} into {primary}: both must exist, differ and not be archived.")
            : HubSpotResponses.Json(HubSpotResponses.Record(result.Record, [.. DefaultProperties(objectType), HubSpotStore.MergedIdsProperty]));
    }

    /// <summary>
    /// HubSpot's refusal of a write's values: 400 for unknown, read-only or invalid values (all listed), 409 when a
    /// <c>hasUniqueValue</c> property would repeat another record's value; null when the write may go ahead.
    /// </summary>
    public IResult? Invalid(HubSpotObjectType type, IReadOnlyDictionary<string, string?> properties, HubSpotRecord? existing)
    {
        if (validation.Validate(type, properties, existing) is { } body)
        {
            return HubSpotResponses.Json(body, StatusCodes.Status400BadRequest);
        }

        if (!options.EnforceIdPropertyRules)
        {
            return null;
        }

        foreach (var (name, value) in properties)
        {
            if (!string.IsNullOrEmpty(value) && name != "hs_object_id" && catalog.Find(type, name) is { HasUniqueValue: true }
                && store.FindByValue(type, name, value) is { } other && other.Id != existing?.Id)
            {
                var conflict = HubSpotResponses.ErrorBody($"A {type.Singular} with {name} {value} already exists. Existing ID: {other.Id}", "CONFLICT");
                return HubSpotResponses.Json(conflict, StatusCodes.Status409Conflict);
            }
        }

        return null;
    }

    /// <summary>
    /// HubSpot's 400 for an idProperty the call cannot use, or null. <c>email</c> works on single get and update,
    /// batch read and batch upsert of contacts; any other idProperty must be a <c>hasUniqueValue</c> property
    /// (<c>hs_object_id</c> everywhere but upsert).
    /// </summary>
    public IResult? IdPropertyRefused(HubSpotObjectType type, string? idProperty, IdPropertyUse use)
    {
        if (!options.EnforceIdPropertyRules || string.IsNullOrEmpty(idProperty))
        {
            return null;
        }

        if (idProperty == "email" && type == HubSpotObjectType.Contacts && use != IdPropertyUse.BatchUpdate)
        {
            return null;
        }

        if (idProperty == "hs_object_id" ? use != IdPropertyUse.BatchUpsert : catalog.Find(type, idProperty) is { HasUniqueValue: true })
        {
            return null;
        }

        return use is IdPropertyUse.Read
            ? HubSpotResponses.Validation($"{idProperty} is not a unique property of {type.Name}; look records up by hs_object_id or a property with hasUniqueValue.")
            : HubSpotResponses.Validation($"Unable to perform update/upsert by non-unique {type.TypeId} property {idProperty}");
    }

    public static IResult UnknownType(string type) =>
        HubSpotResponses.Error(StatusCodes.Status400BadRequest, $"Unable to infer object type from: {type}", "VALIDATION_ERROR");
}

/// <summary>The call an idProperty is used with (HubSpot accepts email on some only).</summary>
internal enum IdPropertyUse
{
    Read,
    SingleUpdate,
    BatchUpdate,
    BatchUpsert,
}
