using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.WebhooksJournal;

/// <summary>
/// The HTTP side of <see cref="HubSpotWebhooksJournal"/>: v4 subscriptions, the global and local journal, and the
/// entry files. Sandbox choices where HubSpot's docs are silent: an empty journal and a caught-up
/// <c>offset/{offset}/next</c> answer 204 No Content; an unknown or expired offset answers 404; a token without the
/// scope answers 403 <c>MISSING_SCOPES</c>; a token that is not a client-credentials token answers 401.
/// </summary>
internal static class WebhooksJournalEndpoints
{
    private const string ReadScope = "developer.webhooks_journal.read";
    private const string SubscriptionsRead = "developer.webhooks_journal.subscriptions.read";
    private const string SubscriptionsWrite = "developer.webhooks_journal.subscriptions.write";
    private const string FilesPath = "/webhooks-journal-files";

    public static void Map(IEndpointRouteBuilder endpoints, HubSpotWebhooksJournal journal, HubSpotOAuth oauth)
    {
        var api = endpoints.MapGroup("/webhooks-journal");
        api.AddEndpointFilter((invocation, next) => AuthorizeAsync(invocation, next, journal, oauth));

        api.MapGet("/subscriptions/2026-03", () => HubSpotResponses.Json(new JsonObject { ["results"] = new JsonArray([.. journal.Subscriptions.Select(s => (JsonNode)Subscription(s))]) }));
        api.MapPost("/subscriptions/2026-03", (Delegate)((HttpContext context) => CreateSubscriptionAsync(context, journal)));
        api.MapDelete("/subscriptions/2026-03/{subscriptionId}", (string subscriptionId) =>
            long.TryParse(subscriptionId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && journal.Unsubscribe(id)
                ? Results.NoContent()
                : HubSpotResponses.Error(StatusCodes.Status404NotFound, $"Subscription {subscriptionId} does not exist.", "OBJECT_NOT_FOUND"));

        foreach (var (prefix, local) in new[] { ("/journal/2026-03", false), ("/journal-local/2026-03", true) })
        {
            api.MapGet($"{prefix}/earliest", (HttpContext c) => Single(c, journal, local, entries => entries.FirstOrDefault()));
            api.MapGet($"{prefix}/latest", (HttpContext c) => Single(c, journal, local, entries => entries.LastOrDefault()));
            api.MapGet($"{prefix}/offset/{{offset}}/next", (HttpContext c, string offset) => Next(c, journal, local, offset));
            api.MapGet($"{prefix}/batch/earliest/{{count}}", (HttpContext c, string count) => Batch(c, journal, local, count, earliest: true));
            api.MapGet($"{prefix}/batch/latest/{{count}}", (HttpContext c, string count) => Batch(c, journal, local, count, earliest: false));
            api.MapPost($"{prefix}/batch/read", (Delegate)((HttpContext c) => BatchReadAsync(c, journal, local)));
        }

        endpoints.MapGet(FilesPath + "/{token}", (HttpContext c, string token) => File(c, journal, token));
    }

    private static async ValueTask<object?> AuthorizeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next, HubSpotWebhooksJournal journal, HubSpotOAuth oauth)
    {
        var context = invocation.HttpContext;
        journal.Counted();
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : string.Empty;
        var (state, scopes, expiredFor) = oauth.CheckClientCredentials(token);
        if (state == HubSpotOAuth.TokenState.Expired)
        {
            return HubSpotResponses.Error(StatusCodes.Status401Unauthorized, $"The OAuth token used to make this call expired {((int)expiredFor.TotalMinutes).ToString(CultureInfo.InvariantCulture)} minute(s) ago.", "EXPIRED_AUTHENTICATION");
        }

        if (state == HubSpotOAuth.TokenState.Unknown)
        {
            return HubSpotResponses.Error(StatusCodes.Status401Unauthorized, "The webhooks journal needs a client credentials token (grant_type=client_credentials with the app's client id and secret); this token is not one.", "INVALID_AUTHENTICATION");
        }

        var path = context.Request.Path.Value ?? string.Empty;
        var required = !path.StartsWith("/webhooks-journal/subscriptions/", StringComparison.Ordinal) ? ReadScope
            : HttpMethods.IsGet(context.Request.Method) ? SubscriptionsRead : SubscriptionsWrite;
        if (!scopes.Contains(required, StringComparer.Ordinal))
        {
            var body = HubSpotResponses.ErrorBody("This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.", "MISSING_SCOPES");
            body["errors"] = new JsonArray(new JsonObject
            {
                ["message"] = "One or more of the following scopes are required.",
                ["context"] = new JsonObject { ["requiredGranularScopes"] = new JsonArray(required) },
            });
            return HubSpotResponses.Json(body, StatusCodes.Status403Forbidden);
        }

        return await next(invocation).ConfigureAwait(false);
    }

    private static async Task<IResult> CreateSubscriptionAsync(HttpContext context, HubSpotWebhooksJournal journal)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return HubSpotResponses.Validation("Invalid input JSON: the body is not valid JSON.");
        }

        if (body is not JsonObject input)
        {
            return HubSpotResponses.Validation("Invalid input JSON: expected an object.");
        }

        var type = (string?)input["subscriptionType"] ?? "OBJECT";
        var objectTypeId = (string?)input["objectTypeId"];
        var actions = Strings(input["actions"]);
        if (input["portalId"]?.GetValueKind() != JsonValueKind.Number)
        {
            return HubSpotResponses.Validation("portalId is required: the id of the installed portal the subscription is for.");
        }

        var portalId = (long)input["portalId"]!;
        if (portalId != journal.Options.PortalId)
        {
            return HubSpotResponses.Validation($"The app is not installed in portal {portalId.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (HubSpotWebhooksJournal.Validate(type, objectTypeId, actions) is { } problem)
        {
            return HubSpotResponses.Validation(problem);
        }

        var created = journal.Upsert(type, objectTypeId!, actions, portalId, Strings(input["properties"]), Strings(input["associatedObjectTypeIds"]));
        return HubSpotResponses.Json(Subscription(created));
    }

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => n?.GetValueKind() == JsonValueKind.String ? (string?)n : n?.ToJsonString()).OfType<string>()] : [];

    private static JsonObject Subscription(HubSpotJournalSubscription s) => new()
    {
        ["id"] = s.Id,
        ["appId"] = 0,
        ["subscriptionType"] = s.SubscriptionType,
        ["objectTypeId"] = s.ObjectTypeId,
        ["actions"] = new JsonArray([.. s.Actions.Select(a => (JsonNode)a)]),
        ["portalId"] = s.PortalId,
        ["properties"] = new JsonArray([.. s.Properties.Select(p => (JsonNode)p)]),
        ["associatedObjectTypeIds"] = new JsonArray([.. s.AssociatedObjectTypeIds.Select(p => (JsonNode)p)]),
        ["createdAt"] = Iso(s.CreatedAt),
        ["updatedAt"] = Iso(s.UpdatedAt),
    };

    private static IResult Single(HttpContext context, HubSpotWebhooksJournal journal, bool local, Func<List<HubSpotWebhooksJournal.JournalEntry>, HubSpotWebhooksJournal.JournalEntry?> pick)
    {
        if (!TryPortal(context, journal, local, out var portal, out var refused))
        {
            return refused;
        }

        return pick(journal.Entries(portal)) is { } entry ? HubSpotResponses.Json(Fetch(context, journal, entry)) : Results.NoContent();
    }

    private static IResult Next(HttpContext context, HubSpotWebhooksJournal journal, bool local, string offset)
    {
        if (!TryPortal(context, journal, local, out var portal, out var refused))
        {
            return refused;
        }

        var entries = journal.Entries(portal);
        var index = entries.FindIndex(e => string.Equals(e.Offset, offset, StringComparison.Ordinal));
        if (index < 0)
        {
            return HubSpotResponses.Error(StatusCodes.Status404NotFound, $"Offset {offset} is not in the journal: it is older than the journal's {journal.Retention.TotalDays.ToString(CultureInfo.InvariantCulture)}-day retention, or it never existed.", "OBJECT_NOT_FOUND");
        }

        return index + 1 < entries.Count ? HubSpotResponses.Json(Fetch(context, journal, entries[index + 1])) : Results.NoContent();
    }

    private static IResult Batch(HttpContext context, HubSpotWebhooksJournal journal, bool local, string countText, bool earliest)
    {
        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return HubSpotResponses.Validation($"count must be an integer of at least 1, not '{countText}'.");
        }

        if (!TryPortal(context, journal, local, out var portal, out var refused))
        {
            return refused;
        }

        var started = journal.Now;
        var entries = journal.Entries(portal);
        var picked = earliest ? entries.Take(count) : entries.Skip(Math.Max(0, entries.Count - count));
        return HubSpotResponses.Json(BatchBody(started, [.. picked.Select(e => (JsonNode)Fetch(context, journal, e))], []));
    }

    private static async Task<IResult> BatchReadAsync(HttpContext context, HubSpotWebhooksJournal journal, bool local)
    {
        if (!TryPortal(context, journal, local, out var portal, out var refused))
        {
            return refused;
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return HubSpotResponses.Validation("Invalid input JSON: the body is not valid JSON.");
        }

        if (body?["inputs"] is not JsonArray inputs)
        {
            return HubSpotResponses.Validation("inputs is required: the offsets to read.");
        }

        var started = journal.Now;
        var entries = journal.Entries(portal);
        List<JsonNode> results = [];
        List<JsonNode> errors = [];
        foreach (var offset in Strings(inputs))
        {
            if (entries.FirstOrDefault(e => string.Equals(e.Offset, offset, StringComparison.Ordinal)) is { } entry)
            {
                results.Add(Fetch(context, journal, entry));
            }
            else
            {
                errors.Add(new JsonObject
                {
                    ["status"] = "error",
                    ["category"] = "OBJECT_NOT_FOUND",
                    ["message"] = $"Offset {offset} is not in the journal (expired or unknown).",
                    ["context"] = new JsonObject { ["offset"] = new JsonArray(offset) },
                });
            }
        }

        return HubSpotResponses.Json(BatchBody(started, results, errors), errors.Count > 0 ? StatusCodes.Status207MultiStatus : StatusCodes.Status200OK);
    }

    private static JsonObject BatchBody(DateTimeOffset started, List<JsonNode> results, List<JsonNode> errors)
    {
        var body = new JsonObject
        {
            ["status"] = "COMPLETE",
            ["results"] = new JsonArray([.. results]),
            ["requestedAt"] = Iso(started),
            ["startedAt"] = Iso(started),
            ["completedAt"] = Iso(started),
        };
        if (errors.Count > 0)
        {
            body["errors"] = new JsonArray([.. errors]);
            body["numErrors"] = errors.Count;
        }

        return body;
    }

    private static bool TryPortal(HttpContext context, HubSpotWebhooksJournal journal, bool local, out long? portal, out IResult refused)
    {
        portal = null;
        refused = Results.Empty;
        if (!local)
        {
            return true;
        }

        var text = context.Request.Query["installPortalId"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            portal = journal.Options.PortalId; // the app is installed in one portal here
            return true;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            refused = HubSpotResponses.Validation($"installPortalId must be an integer, not '{text}'.");
            return false;
        }

        if (id != journal.Options.PortalId)
        {
            refused = HubSpotResponses.Error(StatusCodes.Status403Forbidden, $"The app is not installed in portal {text}.", "MISSING_SCOPES");
            return false;
        }

        portal = id;
        return true;
    }

    private static JsonObject Fetch(HttpContext context, HubSpotWebhooksJournal journal, HubSpotWebhooksJournal.JournalEntry entry)
    {
        var expiresAt = journal.Now + journal.FileUrlLifetime;
        var request = context.Request;
        var url = $"{request.Scheme}://{request.Host}{FilesPath}/{entry.FileToken}?expires={expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        return new JsonObject { ["url"] = url, ["expiresAt"] = Iso(expiresAt), ["currentOffset"] = entry.Offset };
    }

    private static IResult File(HttpContext context, HubSpotWebhooksJournal journal, string token)
    {
        // A pre-signed URL: no bearer token, refused once its expiry passed.
        if (!long.TryParse(context.Request.Query["expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || journal.Now >= DateTimeOffset.FromUnixTimeSeconds(expires))
        {
            return Results.Text("Request has expired", "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }

        if (journal.ByFileToken(token) is not { } entry)
        {
            return Results.Text("The specified key does not exist.", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        return HubSpotResponses.Json(new JsonObject
        {
            ["offset"] = entry.Offset,
            ["publishedAt"] = Iso(entry.PublishedAt),
            ["journalEvents"] = new JsonArray([.. entry.Events.Select(e => e.DeepClone())]),
        });
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
