using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>
/// Batch read/create/update/upsert/archive: at most 100 inputs, 207 with per-input errors when some fail, results in
/// random order without the trace id (as HubSpot), and 400 for a request that repeats an id.
/// </summary>
internal sealed partial class BatchEndpoints(HubSpotStore store, ObjectEndpoints objects, HubSpotSandboxOptions options)
{
    private readonly Random _shuffle = new(20_260_301);

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

        if (Duplicates(objectType, operation, body, inputs) is { } duplicates)
        {
            return duplicates;
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
                    if (objects.IdPropertyRefused(objectType, idProperty, IdPropertyUse.Read) is { } refused)
                    {
                        return refused;
                    }

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
                        results.Add(Echo(HubSpotResponses.Record(record, (input["properties"] as JsonObject)?.Select(kv => kv.Key) ?? []), input));
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
                    var use = upsert ? IdPropertyUse.BatchUpsert : IdPropertyUse.BatchUpdate;
                    if (inputs.OfType<JsonObject>().Select(i => objects.IdPropertyRefused(objectType, HubSpotResponses.Text(i["idProperty"]), use)).FirstOrDefault(r => r is not null) is { } refused)
                    {
                        return refused;
                    }

                    List<string> missing = [];
                    foreach (var input in inputs.OfType<JsonObject>())
                    {
                        var id = HubSpotResponses.Text(input["id"]) ?? string.Empty;
                        var idProperty = HubSpotResponses.Text(input["idProperty"]);
                        var properties = HubSpotResponses.PropertiesOf(input["properties"]);
                        var existing = store.Get(objectType, id, idProperty);
                        var canCreate = upsert && existing is null && !string.IsNullOrEmpty(idProperty) && idProperty != "hs_object_id";
                        if (canCreate)
                        {
                            properties[idProperty!] = id;
                        }

                        if (existing is null && !canCreate)
                        {
                            missing.Add(id);
                            continue;
                        }

                        if (objects.Invalid(objectType, properties, existing) is { } invalid)
                        {
                            errors.Add(ErrorFor(invalid, input));
                            continue;
                        }

                        var result = canCreate ? store.Create(objectType, properties, ChangeSource.Api) : store.Update(objectType, id, properties, ChangeSource.Api, idProperty);
                        switch (result.Error)
                        {
                            case StoreError.None:
                                var json = Echo(HubSpotResponses.Record(result.Record!, properties.Keys), input);
                                if (upsert)
                                {
                                    json["new"] = canCreate;
                                }

                                results.Add(json);
                                break;
                            case StoreError.DuplicateEmail:
                                errors.Add(ErrorFor(HubSpotResponses.DuplicateContact(result.ConflictingId), input));
                                break;
                            default:
                                missing.Add(id);
                                break;
                        }
                    }

                    if (missing.Count > 0)
                    {
                        // HubSpot reports every id it could not find in one error.
                        errors.Add(BatchError(StatusCodes.Status404NotFound, "OBJECT_NOT_FOUND", $"Could not get some {objectType.Singular.ToUpperInvariant()} objects, they may be deleted or not exist. Check that ids are valid.", missing));
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

        if (options.ShuffleBatchResults)
        {
            // HubSpot returns batch results in no particular order.
            var shuffled = results.Select(r => r!.DeepClone()).ToArray();
            lock (_shuffle)
            {
                _shuffle.Shuffle(shuffled);
            }

            results = new JsonArray(shuffled);
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

    // Success results carry the trace id only when the sandbox is told to echo it (HubSpot does not).
    private JsonObject Echo(JsonObject result, JsonObject input)
    {
        if (options.EchoBatchTraceIds && HubSpotResponses.Text(input["objectWriteTraceId"]) is { } trace)
        {
            result["objectWriteTraceId"] = trace;
        }

        return result;
    }

    // HubSpot refuses a whole read/update/upsert/archive request that names one record twice.
    private IResult? Duplicates(HubSpotObjectType type, string operation, JsonObject body, JsonArray inputs)
    {
        if (!options.RejectDuplicateBatchIds || operation is not ("read" or "update" or "upsert" or "archive"))
        {
            return null;
        }

        var repeated = inputs.OfType<JsonObject>()
            .Select(i => (Id: HubSpotResponses.Text(i["id"]) ?? string.Empty, IdProperty: HubSpotResponses.Text(i["idProperty"]) ?? HubSpotResponses.Text(body["idProperty"])))
            .GroupBy(i => i.IdProperty == "email" && type == HubSpotObjectType.Contacts ? i.Id.ToLowerInvariant() : i.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.First().Id)
            .ToList();
        if (repeated.Count == 0)
        {
            return null;
        }

        var error = HubSpotResponses.ErrorBody(
            $"Duplicate IDs found in batch input: [{string.Join(", ", repeated)}]. IDs must be unique",
            "VALIDATION_ERROR",
            new JsonObject { ["ids"] = new JsonArray([.. repeated.Select(i => (JsonNode)i)]) });
        return HubSpotResponses.Json(error, StatusCodes.Status400BadRequest);
    }

    private static JsonObject BatchError(int status, string category, string message, IEnumerable<string> ids)
    {
        var error = HubSpotResponses.ErrorBody(message, category, new JsonObject { ["ids"] = new JsonArray([.. ids.Select(i => (JsonNode)i)]) });
        return WithStatus(error, status);
    }

    private static JsonObject WithStatus(JsonObject error, int status)
    {
        error.Remove("correlationId");
        if (error["errors"] is null)
        {
            error["errors"] = new JsonArray();
        }

        error["links"] = new JsonObject();
        error["id"] = status.ToString(CultureInfo.InvariantCulture);
        return error;
    }

    [GeneratedRegex(@"Existing ID: (\d+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ExistingId();

    private static JsonObject ErrorFor(IResult? error, JsonObject input)
    {
        // CreateOne reports failures as HubSpot results; batch errors carry the same message and category.
        var trace = HubSpotResponses.Text(input["objectWriteTraceId"]);
        var body = error is Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult { ResponseContent: { } content } ? JsonNode.Parse(content) as JsonObject : null;
        var status = error is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status400BadRequest;
        var result = WithStatus(body ?? HubSpotResponses.ErrorBody("Invalid input", "VALIDATION_ERROR"), status);
        var context = result["context"] as JsonObject ?? new JsonObject();
        if (trace is not null)
        {
            context["objectWriteTraceId"] = new JsonArray(trace);
        }

        if (status == StatusCodes.Status409Conflict && ExistingId().Match(HubSpotResponses.Text(result["message"]) ?? string.Empty) is { Success: true } existing)
        {
            // Inside a 207, HubSpot names the record the input collides with.
            context["existingId"] = new JsonArray(existing.Groups[1].Value);
        }

        if (context.Count > 0)
        {
            result["context"] = context;
        }

        return result;
    }
}
