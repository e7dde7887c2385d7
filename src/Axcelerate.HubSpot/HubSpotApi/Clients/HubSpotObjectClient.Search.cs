using System.Globalization;
using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>Search: single pages, and the windowed, resumable enumeration past 10,000 results.</summary>
internal sealed partial class HubSpotObjectClient
{
    public async Task<HubSpotPage<HubSpotObject>> SearchPageAsync(HubSpotSearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Limit, HubSpotSearchRequest.MaxPageSize);
        var sent = await LowerCaseTextInValuesAsync(request, cancellationToken).ConfigureAwait(false);
        var response = await api.SearchObjectsAsync(paths.Objects, objectType, sent, cancellationToken).ConfigureAwait(false);
        return new HubSpotPage<HubSpotObject>(response.Results, response.Paging?.Next?.After, response.Total);
    }

    public AsyncPageable<HubSpotObject> SearchAsync(HubSpotSearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Sorts.Any(s => s.PropertyName != ObjectIdProperty || s.Direction != HubSpotSortDirection.Ascending))
        {
            throw new ArgumentException($"SearchAsync walks the results by {ObjectIdProperty} ascending and cannot honour another sort; use SearchPageAsync for custom sorts.", nameof(request));
        }

        ValidateWindowFits(request);
        return AsyncPageable.Create((token, pageSizeHint, ct) => SearchWindowPageAsync(request, token, pageSizeHint, ct), cancellationToken);
    }

    // One page of a windowed search. The token carries the window (the last hs_object_id of the previous windows)
    // and HubSpot's after cursor inside it, so a resumed enumeration starts exactly where the last one stopped.
    private async Task<Page<HubSpotObject>> SearchWindowPageAsync(HubSpotSearchRequest request, string? token, int? pageSizeHint, CancellationToken cancellationToken)
    {
        var (floor, after) = SearchToken.Parse(token);
        var limit = pageSizeHint ?? request.Limit;
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(pageSizeHint));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, HubSpotSearchRequest.MaxPageSize, nameof(pageSizeHint));
        var page = await SearchPageAsync(Window(request, floor, limit, after), cancellationToken).ConfigureAwait(false);
        if (page.Results.Count == 0)
        {
            return new Page<HubSpotObject>(page.Results, null);
        }

        var lastId = page.Results[^1].Id;
        var offset = after is null ? 0 : int.Parse(after, NumberStyles.None, CultureInfo.InvariantCulture);
        var fetched = offset + page.Results.Count;
        string? next = null;
        if (page.NextAfter is { } nextAfter && (!int.TryParse(nextAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var nextOffset) || nextOffset + limit <= SearchWindow))
        {
            next = SearchToken.Format(floor, nextAfter);
        }
        else if ((page.NextAfter is not null || page.Total > fetched) && lastId != floor)
        {
            // The window's 10,000 results are used up (HubSpot hands out a cursor it will refuse): start the next
            // window past the last id seen.
            HubSpotApiLog.SearchWindowMoved(logger, objectType, lastId);
            next = SearchToken.Format(lastId, null);
        }

        return new Page<HubSpotObject>(page.Results, next);
    }

    // SearchAsync adds "hs_object_id GT last id" to every group once past 10,000 results: HubSpot's filter limits
    // must leave room for it, or the second window would be a 400 half way through the enumeration.
    private static void ValidateWindowFits(HubSpotSearchRequest request)
    {
        var groups = request.FilterGroups;
        if (groups.Count > MaxFilterGroups)
        {
            throw new ArgumentException($"The search has {groups.Count} filter groups; HubSpot allows {MaxFilterGroups}.", nameof(request));
        }

        var full = groups.Select((g, i) => (Group: g, Index: i)).FirstOrDefault(g => g.Group.Filters.Count >= MaxFiltersPerGroup);
        if (full.Group is not null)
        {
            throw new ArgumentException($"Filter group {full.Index} has {full.Group.Filters.Count} filters; SearchAsync adds an {ObjectIdProperty} GT filter to every group to page past 10,000 results and HubSpot allows {MaxFiltersPerGroup} per group, so use at most {MaxFiltersPerGroup - 1} (or SearchPageAsync).", nameof(request));
        }

        var total = groups.Sum(g => g.Filters.Count) + Math.Max(groups.Count, 1);
        if (total > MaxFilters)
        {
            throw new ArgumentException($"The search has {groups.Sum(g => g.Filters.Count)} filters; with the {ObjectIdProperty} GT filter SearchAsync adds to each of the {Math.Max(groups.Count, 1)} group(s) that is {total}, more than HubSpot's {MaxFilters} in all.", nameof(request));
        }
    }

    // HubSpot matches IN/NOT_IN on string properties against lower-cased values only, so upper-case values would
    // silently match nothing. Lower-case them for string properties (enumerations stay exact: they are case-sensitive).
    private async Task<HubSpotSearchRequest> LowerCaseTextInValuesAsync(HubSpotSearchRequest request, CancellationToken cancellationToken)
    {
        var candidates = request.FilterGroups.SelectMany(g => g.Filters)
            .Where(f => f.Operator is HubSpotFilterOperator.In or HubSpotFilterOperator.NotIn && f.Values is { } values && values.Any(v => v is not null && v.Any(char.IsUpper)))
            .Select(f => f.PropertyName).Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return request;
        }

        var text = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in candidates)
        {
            if (await IsTextPropertyAsync(name, cancellationToken).ConfigureAwait(false))
            {
                text.Add(name);
            }
        }

        if (text.Count == 0)
        {
            return request;
        }

        return Copy(request, [.. request.FilterGroups.Select(g => new HubSpotFilterGroup
        {
            Filters = [.. g.Filters.Select(f => f.Operator is HubSpotFilterOperator.In or HubSpotFilterOperator.NotIn && text.Contains(f.PropertyName) && f.Values is { } values
                ? new HubSpotFilter { PropertyName = f.PropertyName, Operator = f.Operator, Values = [.. values.Select(v => v?.ToLowerInvariant()!)] }
                : f)],
        })], request.Limit, request.After);
    }

    private async Task<bool> IsTextPropertyAsync(string propertyName, CancellationToken cancellationToken)
    {
        if (_textProperties.TryGetValue(propertyName, out var known))
        {
            return known;
        }

        bool isText;
        try
        {
            var property = await api.GetPropertyAsync(paths.Properties, objectType, propertyName, cancellationToken).ConfigureAwait(false);
            isText = property.Type is "string" or "phone_number";
        }
        catch (HubSpotApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            isText = false;
        }

        _textProperties[propertyName] = isText;
        return isText;
    }

    // The query of one 10,000-result window: sorted by hs_object_id, and past the last id of the previous window.
    private static HubSpotSearchRequest Window(HubSpotSearchRequest request, string? lastId, int limit, string? after)
    {
        var groups = request.FilterGroups.Select(g => new HubSpotFilterGroup { Filters = [.. g.Filters] }).ToList();
        if (lastId is not null)
        {
            var past = new HubSpotFilter { PropertyName = ObjectIdProperty, Operator = HubSpotFilterOperator.Gt, Value = lastId };
            if (groups.Count == 0)
            {
                groups.Add(new HubSpotFilterGroup());
            }

            foreach (var group in groups)
            {
                group.Filters.Add(past);
            }
        }

        return new HubSpotSearchRequest
        {
            FilterGroups = groups,
            Sorts = [new HubSpotSort(ObjectIdProperty, HubSpotSortDirection.Ascending)],
            Properties = request.Properties,
            Query = request.Query,
            Limit = limit,
            After = after,
        };
    }

    private static HubSpotSearchRequest Copy(HubSpotSearchRequest query, IList<HubSpotFilterGroup> groups, int limit, string? after) => new()
    {
        FilterGroups = groups,
        Sorts = query.Sorts,
        Properties = query.Properties,
        Query = query.Query,
        Limit = limit,
        After = after,
    };
}
