using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Owners;

/// <summary>
/// Owners: paged list (default 100) with an <c>email</c> filter, and lookup by id or user id. As in HubSpot,
/// <c>archived=true</c> selects only deactivated owners and its absence only active ones, so a deactivated owner's id
/// is a 404 unless <c>archived=true</c> is asked.
/// </summary>
internal sealed class OwnerEndpoints(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, SandboxHubSpotOwner> _owners = new(StringComparer.Ordinal);

    public IReadOnlyList<SandboxHubSpotOwner> All => [.. _owners.Values.OrderBy(o => long.Parse(o.Id, CultureInfo.InvariantCulture))];

    public void Add(SandboxHubSpotOwner owner) => _owners[owner.Id] = owner;

    public void Map(IEndpointRouteBuilder group, string prefix)
    {
        group.MapGet(prefix, List);
        group.MapGet(prefix + "/{ownerId}", Get);
    }

    private IResult List(HttpContext context)
    {
        var query = context.Request.Query;
        var limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) && l > 0 ? Math.Min(l, 500) : 100;
        var after = int.TryParse(query["after"], CultureInfo.InvariantCulture, out var a) ? a : 0;
        var email = query["email"].ToString();
        var archived = IsArchivedQuery(context);
        var owners = All.Where(o => o.Archived == archived && (string.IsNullOrEmpty(email) || string.Equals(o.Email, email, StringComparison.OrdinalIgnoreCase))).ToList();
        var body = new JsonObject { ["results"] = new JsonArray([.. owners.Skip(after).Take(limit).Select(o => (JsonNode)Json(o))]) };
        if (after + limit < owners.Count)
        {
            var next = (after + limit).ToString(CultureInfo.InvariantCulture);
            body["paging"] = HubSpotResponses.Paging(next, $"{context.Request.Path}?after={next}");
        }

        return HubSpotResponses.Json(body);
    }

    private IResult Get(HttpContext context, string ownerId)
    {
        var byUserId = string.Equals(context.Request.Query["idProperty"], "userId", StringComparison.OrdinalIgnoreCase);
        var owner = byUserId ? All.FirstOrDefault(o => o.UserId.ToString(CultureInfo.InvariantCulture) == ownerId) : _owners.GetValueOrDefault(ownerId);
        return owner is null || owner.Archived != IsArchivedQuery(context) ? HubSpotResponses.NotFound() : HubSpotResponses.Json(Json(owner));
    }

    private static bool IsArchivedQuery(HttpContext context) =>
        string.Equals(context.Request.Query["archived"], "true", StringComparison.OrdinalIgnoreCase);

    private JsonObject Json(SandboxHubSpotOwner owner)
    {
        var created = HubSpotStore.FormatDate(timeProvider.GetUtcNow().AddYears(-1));
        return new JsonObject
        {
            ["id"] = owner.Id,
            ["email"] = owner.Email,
            ["type"] = "PERSON",
            ["firstName"] = owner.FirstName,
            ["lastName"] = owner.LastName,
            ["userId"] = owner.Archived ? null : owner.UserId,
            ["userIdIncludingInactive"] = owner.UserId,
            ["createdAt"] = created,
            ["updatedAt"] = created,
            ["archived"] = owner.Archived,
            ["teams"] = new JsonArray(),
        };
    }
}
