using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>Batch read/create/update/upsert/archive: at most 100 inputs, 207 with per-input errors when some fail.</summary>
internal sealed class BatchEndpoints(HubSpotStore store, ObjectEndpoints objects)
{
    public const int MaxInputs = 100;

    /// <summary>Batch read with <c>propertiesWithHistory</c> accepts at most 50 inputs.</summary>
    public const int MaxInputsWithHistory = 50;

    public void Map(IEndpointRouteBuilder group, string prefix) => group.MapPost(prefix + "/{type}/batch/{operation}", HandleAsync);

    private async Task<IResult> HandleAsync(HttpContext context, string type, string operation)
    {
        if (HubSpotObjectType.Find(type) is not { } objectType)
        {
            return ObjectEndpoints.UnknownType(type);
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body || body["inputs"] is not JsonArray inputs)
        {
            return HubSpotResponses.Validation("Invalid input JSON: inputs is required.");
        }

        if (inputs.Count > MaxInputs)
        {
            return HubSpotResponses.Validation("The maximum number of inputs supported in a batch is 100. Please reduce the number of items and try again");
        }

        var started = store.Now;
        var results = new JsonArray();
        var errors = new JsonArray();
        var status = StatusCodes.Status200OK;
        switch (operation)
        {
            case "read":
                {
                    if (body["propertiesWithHistory"] is JsonArray { Count: > 0 } && inputs.Count > MaxInputsWithHistory)
                    {
                        return HubSpotResponses.Validation("The maximum number of inputs supported in a batch request for property histories is 50");
                    }

                    var idProperty = HubSpotResponses.Text(body["idProperty"]);
                    var properties = body["properties"] is JsonArray p && p.Count > 0 ? p.Select(HubSpotResponses.Text).OfType<string>().ToList() : ObjectEndpoints.DefaultProperties(objectType);
                    List<string> missing = [];
                    foreach (var input in inputs.OfType<JsonObject>())
                    {
                        var id = HubSpotResponses.Text(input["id"]) ?? string.Empty;
                        if (store.Get(objectType, id, idProperty) is { } record)
                        {
                            results.Add(HubSpotResponses.Record(record, properties));
                        }
                        else
                        {
                            missing.Add(id);
                        }
                    }

                    if (missing.Count > 0)
                    {
                        errors.Add(BatchError(StatusCodes.Status404NotFound, "OBJECT_NOT_FOUND", $"Could not get some {objectType.Singular.ToUpperInvariant()} objects, they may be deleted or not exist. Check that ids are valid.", missing));
                    }

                    break;
                }

            case "create":
                status = StatusCodes.Status201Created;
                foreach (var input in inputs.OfType<JsonObject>())
                {
                    var (record, error) = objects.CreateOne(objectType, input);
                    if (record is not null)
                    {
                        results.Add(HubSpotResponses.Record(record, (input["properties"] as JsonObject)?.Select(kv => kv.Key) ?? []));
                    }
                    else
                    {
                        errors.Add(ErrorFor(error, input));
                    }
                }

                break;
            case "update":
            case "upsert":
                {
                    var upsert = operation == "upsert";
                    foreach (var input in inputs.OfType<JsonObject>())
                    {
                        var id = HubSpotResponses.Text(input["id"]) ?? string.Empty;
                        var idProperty = HubSpotResponses.Text(input["idProperty"]);
                        var properties = HubSpotResponses.PropertiesOf(input["properties"]);
                        if (objects.UnknownProperties(objectType, properties.Keys) is { } unknown)
                        {
                            errors.Add(ErrorFor(unknown, input));
                            continue;
                        }

                        var result = store.Update(objectType, id, properties, ChangeSource.Api, idProperty);
                        var isNew = false;
                        if (result.Error == StoreError.NotFound && upsert && !string.IsNullOrEmpty(idProperty) && idProperty != "hs_object_id")
                        {
                            properties[idProperty] = id;
                            result = store.Create(objectType, properties, ChangeSource.Api);
                            isNew = true;
                        }

                        switch (result.Error)
                        {
                            case StoreError.None:
                                var json = HubSpotResponses.Record(result.Record!, properties.Keys);
                                if (upsert)
                                {
                                    json["new"] = isNew;
                                }

                                results.Add(json);
                                break;
                            case StoreError.DuplicateEmail:
                                errors.Add(WithStatus(HubSpotResponses.DuplicateContactBody(result.ConflictingId), StatusCodes.Status409Conflict));
                                break;
                            default:
                                errors.Add(BatchError(StatusCodes.Status404NotFound, "OBJECT_NOT_FOUND", $"Could not find {objectType.Singular} {id}.", [id]));
                                break;
                        }
                    }

                    break;
                }

            case "archive":
                foreach (var input in inputs.OfType<JsonObject>())
                {
                    store.Archive(objectType, HubSpotResponses.Text(input["id"]) ?? string.Empty, ChangeSource.Api);
                }

                return Results.NoContent();
            default:
                return HubSpotResponses.NotFound();
        }

        var response = new JsonObject
        {
            ["status"] = "COMPLETE",
            ["results"] = results,
            ["startedAt"] = HubSpotStore.FormatDate(started),
            ["completedAt"] = HubSpotStore.FormatDate(store.Now),
        };
        if (errors.Count > 0)
        {
            response["numErrors"] = errors.Count;
            response["errors"] = errors;
            status = StatusCodes.Status207MultiStatus;
        }

        return HubSpotResponses.Json(response, status);
    }

    private static JsonObject BatchError(int status, string category, string message, IEnumerable<string> ids)
    {
        var error = HubSpotResponses.ErrorBody(message, category, new JsonObject { ["ids"] = new JsonArray([.. ids.Select(i => (JsonNode)i)]) });
        return WithStatus(error, status);
    }

    private static JsonObject WithStatus(JsonObject error, int status)
    {
        error.Remove("correlationId");
        error["errors"] = new JsonArray();
        error["links"] = new JsonObject();
        error["id"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return error;
    }

    private static JsonObject ErrorFor(IResult? error, JsonObject input)
    {
        // CreateOne reports failures as HubSpot results; batch errors carry the same message and category.
        var trace = HubSpotResponses.Text(input["objectWriteTraceId"]);
        var body = error is Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult { ResponseContent: { } content } ? JsonNode.Parse(content) as JsonObject : null;
        var status = error is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status400BadRequest;
        var result = WithStatus(body ?? HubSpotResponses.ErrorBody("Invalid input", "VALIDATION_ERROR"), status);
        if (trace is not null)
        {
            result["context"] = new JsonObject { ["objectWriteTraceId"] = new JsonArray(trace) };
        }

        return result;
    }
}
