using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Properties;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Search;

/// <summary>
/// CRM search: filter groups (OR) of filters (AND), one sort, limit ≤ 200, <c>after</c> offsets, the 10,000-result cap,
/// and a lagging index (writes and association changes become visible after the configured delay). At the cap the
/// next cursor is still handed out, and following it is a 400, as in HubSpot.
/// </summary>
internal sealed class SearchEndpoint(HubSpotStore store, PropertyCatalog catalog, HubSpotSandboxOptions options)
{
    public const int MaxLimit = 200;
    public const int ResultCap = 10_000;

    public void Map(IEndpointRouteBuilder group, string prefix) => group.MapPost(prefix + "/{type}/search", SearchAsync);

    private async Task<IResult> SearchAsync(HttpContext context, string type)
    {
        if (HubSpotObjectType.Find(type) is not { } objectType)
        {
            return ObjectEndpoints.UnknownType(type);
        }

        if (await HubSpotResponses.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return HubSpotResponses.InvalidJson();
        }

        var groups = (body["filterGroups"] as JsonArray ?? []).OfType<JsonObject>().Select(g => (g["filters"] as JsonArray ?? []).OfType<JsonObject>().ToList()).ToList();
        if (groups.Count > 5)
        {
            return HubSpotResponses.Validation($"There was a problem with the request: too many filter groups ({groups.Count.ToString(CultureInfo.InvariantCulture)}); the maximum is 5.");
        }

        if (groups.Any(g => g.Count > 6))
        {
            return HubSpotResponses.Validation("There was a problem with the request: a filter group has more than 6 filters.");
        }

        if (groups.Sum(g => g.Count) > 18)
        {
            return HubSpotResponses.Validation("There was a problem with the request: more than 18 filters in total.");
        }

        var limit = (int?)body["limit"] ?? 10;
        if (limit is < 1 or > MaxLimit)
        {
            return HubSpotResponses.Validation($"limit must be between 1 and {MaxLimit.ToString(CultureInfo.InvariantCulture)}, got {limit.ToString(CultureInfo.InvariantCulture)}.");
        }

        var afterText = HubSpotResponses.Text(body["after"]);
        var after = 0;
        if (afterText is not null && !int.TryParse(afterText, CultureInfo.InvariantCulture, out after))
        {
            return HubSpotResponses.Validation($"after must be formatted as an integer, got '{afterText}'.");
        }

        if (after + limit > ResultCap)
        {
            return HubSpotResponses.Validation($"The search results are limited to {ResultCap.ToString(CultureInfo.InvariantCulture)} records; paging past after={after.ToString(CultureInfo.InvariantCulture)} is not allowed.");
        }

        List<List<SearchFilter>> parsed = [];
        foreach (var group in groups)
        {
            List<SearchFilter> filters = [];
            foreach (var filter in group)
            {
                if (!SearchFilter.TryParse(filter, out var parsedFilter, out var problem))
                {
                    return HubSpotResponses.Validation(problem);
                }

                filters.Add(parsedFilter);
            }

            parsed.Add(filters);
        }

        var query = HubSpotResponses.Text(body["query"]);
        IEnumerable<HubSpotRecord> matches = store.SearchIndex(objectType)
            .Where(r => parsed.Count == 0 || parsed.Any(g => g.All(f => f.Matches(r, AssociatedIds, TypeOf(objectType, f.PropertyName)))))
            .Where(r => string.IsNullOrWhiteSpace(query) || MatchesQuery(r, objectType, query));
        matches = Sort(matches, body["sorts"] as JsonArray, name => TypeOf(objectType, name));
        var all = matches.ToList();
        var page = all.Skip(after).Take(limit).ToList();
        var properties = body["properties"] is JsonArray p && p.Count > 0 ? p.Select(HubSpotResponses.Text).OfType<string>().ToList() : ObjectEndpoints.DefaultProperties(objectType);
        var response = new JsonObject
        {
            ["total"] = all.Count,
            ["results"] = new JsonArray([.. page.Select(r => (JsonNode)HubSpotResponses.Record(r, properties))]),
        };
        var next = after + limit;
        if (next < all.Count)
        {
            response["paging"] = new JsonObject { ["next"] = new JsonObject { ["after"] = next.ToString(CultureInfo.InvariantCulture) } };
        }

        return HubSpotResponses.Json(response);
    }

    private IReadOnlyList<string> AssociatedIds(HubSpotRecord record, HubSpotObjectType toType) =>
        store.AssociatedIdsVisibleToSearch(record.ObjectType, long.Parse(record.Id, CultureInfo.InvariantCulture), toType);

    // The declared type decides how values compare; null (lenient matching) falls back to "numbers when both parse".
    private string? TypeOf(HubSpotObjectType type, string propertyName) =>
        options.StrictSearchMatching ? catalog.Find(type, propertyName)?.Type : null;

    private static IEnumerable<HubSpotRecord> Sort(IEnumerable<HubSpotRecord> records, JsonArray? sorts, Func<string, string?> typeOf)
    {
        var sort = sorts?.FirstOrDefault();
        string? property = null;
        var descending = false;
        if (sort is JsonObject obj)
        {
            property = HubSpotResponses.Text(obj["propertyName"]);
            descending = string.Equals(HubSpotResponses.Text(obj["direction"]), "DESCENDING", StringComparison.OrdinalIgnoreCase);
        }
        else if (HubSpotResponses.Text(sort) is { } text)
        {
            descending = text.StartsWith('-');
            property = text.TrimStart('-');
        }

        if (property is null || property == "hs_object_id")
        {
            // The record id is hs_object_id: sort by the parsed id once per record, not per comparison.
            return descending ? records.OrderByDescending(r => long.Parse(r.Id, CultureInfo.InvariantCulture)) : records.OrderBy(r => long.Parse(r.Id, CultureInfo.InvariantCulture));
        }

        var type = typeOf(property);
        var comparer = Comparer<HubSpotRecord>.Create((a, b) =>
        {
            var compared = SearchFilter.CompareAs(type, a[property], b[property]);
            return compared != 0 ? compared : long.Parse(a.Id, CultureInfo.InvariantCulture).CompareTo(long.Parse(b.Id, CultureInfo.InvariantCulture));
        });
        return descending ? records.Order(comparer).Reverse() : records.Order(comparer);
    }

    private static bool MatchesQuery(HubSpotRecord record, HubSpotObjectType type, string query)
    {
        string[] searchable = type.Name switch
        {
            "contacts" => ["firstname", "lastname", "email", "phone", "company", "hs_object_id"],
            "companies" => ["name", "domain", "website", "phone", "hs_object_id"],
            "deals" => ["dealname", "pipeline", "dealstage", "description", "dealtype", "hs_object_id"],
            _ => [.. record.Properties.Keys],
        };
        var terms = SearchFilter.Tokens(query).ToList();
        return terms.All(term => searchable.Any(name => SearchFilter.Tokens(record[name]).Any(t => t.StartsWith(term, StringComparison.OrdinalIgnoreCase))));
    }
}
