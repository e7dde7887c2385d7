using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.Hosting;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Control;

/// <summary>
/// The HubSpot sandbox's simulations over HTTP, so tools in any language can drive it (no auth, not journaled, never
/// faulted): user creates, edits and deletes, merges, webhook flushes and the list of webhook requests sent. A bad request is a 400 naming the problem.
/// </summary>
internal static class HubSpotControlEndpoints
{
    /// <summary>The prefix of the HubSpot record simulations.</summary>
    public const string Prefix = SandboxHost.ControlPrefix + "/hubspot";

    public static void Map(IEndpointRouteBuilder endpoints, HubSpotSandbox sandbox)
    {
        endpoints.MapPost(Prefix + "/{objectType}/merge", (HttpContext context, string objectType) => MergeAsync(context, sandbox, objectType));
        endpoints.MapPost(Prefix + "/{objectType}/user-create", (HttpContext context, string objectType) => UserCreateAsync(context, sandbox, objectType));
        endpoints.MapPost(Prefix + "/{objectType}/{id}/user-edit", (HttpContext context, string objectType, string id) => UserEditAsync(context, sandbox, objectType, id));
        endpoints.MapPost(Prefix + "/{objectType}/{id}/user-delete", (string objectType, string id) => UserDelete(sandbox, objectType, id));
        endpoints.MapPost(SandboxHost.ControlPrefix + "/webhooks/flush", async (HttpContext context) =>
        {
            var sent = await sandbox.DeliverPendingWebhooksAsync(context.RequestAborted).ConfigureAwait(false);
            return HubSpotResponses.Json(new JsonObject { ["requestsSent"] = sent, ["pendingEvents"] = sandbox.PendingWebhookEvents });
        });
        endpoints.MapGet(SandboxHost.ControlPrefix + "/webhooks/deliveries", () => HubSpotResponses.Json(new JsonArray([.. sandbox.WebhookDeliveries.Select(d => (JsonNode)new JsonObject
        {
            ["target"] = d.SubscriptionTarget.AbsoluteUri,
            ["sentAt"] = HubSpotStore.FormatDate(d.SentAt),
            ["statusCode"] = d.StatusCode is { } code ? (int)code : null,
            ["succeeded"] = d.Succeeded,
            ["eventCount"] = d.EventCount,
            ["body"] = d.Body,
        })])));
    }

    private static async Task<IResult> UserCreateAsync(HttpContext context, HubSpotSandbox sandbox, string objectType)
    {
        if (HubSpotObjectType.Find(objectType) is not { } type)
        {
            return UnknownType(objectType);
        }

        var (properties, error) = await ReadPropertiesAsync(context, sandbox, type).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        try
        {
            var record = sandbox.CreateObject(type, properties!.Values);
            return HubSpotResponses.Json(HubSpotResponses.Record(record, [], allProperties: true), StatusCodes.Status201Created);
        }
        catch (InvalidOperationException e)
        {
            return HubSpotResponses.Error(StatusCodes.Status409Conflict, e.Message, "CONFLICT");
        }
    }

    private static async Task<IResult> UserEditAsync(HttpContext context, HubSpotSandbox sandbox, string objectType, string id)
    {
        if (HubSpotObjectType.Find(objectType) is not { } type)
        {
            return UnknownType(objectType);
        }

        if (Missing(sandbox, type, id) is { } missing)
        {
            return missing;
        }

        var (properties, error) = await ReadPropertiesAsync(context, sandbox, type).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var body = properties!.Body;
        var source = ChangeSource.CrmUi;
        var sourceText = HubSpotResponses.Text(body["changeSource"]);
        if (sourceText is not null && !ChangeSourceNames.TryParse(sourceText, out source))
        {
            return Bad($"Unknown changeSource '{sourceText}'; use one of {ChangeSourceNames.All}.");
        }

        try
        {
            var record = sandbox.SimulateChange(type, id, properties.Values, source, HubSpotResponses.Text(body["sourceId"]));
            return HubSpotResponses.Json(HubSpotResponses.Record(record, [], allProperties: true));
        }
        catch (InvalidOperationException e)
        {
            return HubSpotResponses.Error(StatusCodes.Status409Conflict, e.Message, "CONFLICT");
        }
    }

    private static IResult UserDelete(HubSpotSandbox sandbox, string objectType, string id)
    {
        if (HubSpotObjectType.Find(objectType) is not { } type)
        {
            return UnknownType(objectType);
        }

        if (Missing(sandbox, type, id) is { } missing)
        {
            return missing;
        }

        sandbox.SimulateDelete(type, id);
        return Results.NoContent();
    }

    private static async Task<IResult> MergeAsync(HttpContext context, HubSpotSandbox sandbox, string objectType)
    {
        if (HubSpotObjectType.Find(objectType) is not { } type)
        {
            return UnknownType(objectType);
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Bad("The body is not a JSON object; send {\"primaryId\": \"...\", \"mergedId\": \"...\"}.");
        }

        var primaryId = HubSpotResponses.Text(body["primaryId"]);
        var mergedId = HubSpotResponses.Text(body["mergedId"]);
        if (string.IsNullOrEmpty(primaryId) || string.IsNullOrEmpty(mergedId))
        {
            return Bad($"The body needs {(string.IsNullOrEmpty(primaryId) ? "\"primaryId\"" : "\"mergedId\"")}: send {{\"primaryId\": \"...\", \"mergedId\": \"...\"}}.");
        }

        if ((Missing(sandbox, type, primaryId) ?? Missing(sandbox, type, mergedId)) is { } missing)
        {
            return missing;
        }

        if (primaryId == mergedId)
        {
            return Bad("primaryId and mergedId are the same record.");
        }

        var record = sandbox.SimulateMerge(type, primaryId, mergedId);
        return HubSpotResponses.Json(HubSpotResponses.Record(record, [], allProperties: true));
    }

    /// <summary>Reads <c>{"properties": {...}}</c>, every name a property of <paramref name="type"/>; or the 400 saying what is wrong.</summary>
    private static async Task<(BodyProperties? Properties, IResult? Error)> ReadPropertiesAsync(HttpContext context, HubSpotSandbox sandbox, HubSpotObjectType type)
    {
        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return (null, Bad("The body is not a JSON object; send {\"properties\": {\"name\": \"value\"}}."));
        }

        if (body["properties"] is not JsonObject propertiesJson)
        {
            return (null, Bad("The body needs a \"properties\" object, such as {\"properties\": {\"phone\": \"0400 000 000\"}}."));
        }

        var properties = HubSpotResponses.PropertiesOf(propertiesJson);
        var unknown = properties.Keys.Where(n => sandbox.Properties.Find(type, n) is null).ToList();
        return unknown.Count > 0
            ? (null, Bad($"{type.Singular} has no propert{(unknown.Count == 1 ? "y" : "ies")} {string.Join(", ", unknown.Select(n => $"'{n}'"))}."))
            : (new BodyProperties(body, properties), null);
    }

    /// <summary>A 400 when the record never existed or is archived (deleted or merged away), else null.</summary>
    private static IResult? Missing(HubSpotSandbox sandbox, HubSpotObjectType type, string id) => sandbox.GetObject(type, id) switch
    {
        null => Bad($"No {type.Singular} with id '{id}' exists."),
        { Archived: true, MergedIntoId: { } into } => Bad($"{type.Singular} {id} was merged into {into}; use that id."),
        { Archived: true } => Bad($"{type.Singular} {id} is deleted (archived)."),
        _ => null,
    };

    private static IResult UnknownType(string objectType) =>
        Bad($"Unknown object type '{objectType}'; use {string.Join(", ", HubSpotObjectType.All.Select(t => t.Name))} (or their singular names or type ids).");

    private static IResult Bad(string message) => HubSpotResponses.Error(StatusCodes.Status400BadRequest, message, "VALIDATION_ERROR");

    /// <summary>A request body and its <c>properties</c> as strings.</summary>
    private sealed record BodyProperties(JsonObject Body, Dictionary<string, string?> Values);
}
