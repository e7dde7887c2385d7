using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Axcelerate.HubSpot.Paging;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>The records of one object type, over <see cref="IHubSpotObjectsApi"/>.</summary>
internal sealed class HubSpotObjectClient(IHubSpotApi api, HubSpotPaths paths, string objectType, ILogger logger) : IHubSpotObjectClient
{
    internal const int BatchSize = 100;
    internal const int SearchWindow = 10_000;
    private const int MaxFilterGroups = 5;
    private const int MaxFiltersPerGroup = 6;
    private const int MaxFilters = 18;
    private const string ObjectIdProperty = "hs_object_id";
    private const string EmailProperty = "email";

    private readonly ConcurrentDictionary<string, bool> _textProperties = new(StringComparer.Ordinal);

    public string ObjectType => objectType;

    public async Task<HubSpotObject?> GetAsync(string id, HubSpotGetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        try
        {
            return await api.GetObjectAsync(paths.Objects, objectType, id, Join(options?.Properties), options?.IdProperty, Flag(options?.Archived), cancellationToken).ConfigureAwait(false);
        }
        catch (HubSpotApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<HubSpotPage<HubSpotObject>> ListPageAsync(string? after = null, HubSpotListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new HubSpotListOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.PageSize, HubSpotListOptions.MaxPageSize);
        var page = await api.ListObjectsAsync(paths.Objects, objectType, options.PageSize, after, Join(options.Properties), Flag(options.Archived), cancellationToken).ConfigureAwait(false);
        return new HubSpotPage<HubSpotObject>(page.Results, page.Paging?.Next?.After);
    }

    public AsyncPageable<HubSpotObject> ListAsync(HubSpotListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new HubSpotListOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.PageSize, HubSpotListOptions.MaxPageSize);
        return AsyncPageable.Create(async (token, pageSizeHint, ct) =>
        {
            // The continuation token is HubSpot's own after cursor.
            var pageOptions = pageSizeHint is { } size ? new HubSpotListOptions { PageSize = size, Properties = options.Properties, Archived = options.Archived } : options;
            var page = await ListPageAsync(token, pageOptions, ct).ConfigureAwait(false);
            return new Page<HubSpotObject>(page.Results, page.NextAfter);
        }, cancellationToken);
    }

    public Task<HubSpotObject> CreateAsync(HubSpotObjectInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return api.CreateObjectAsync(paths.Objects, objectType, ToCreateBody(input, input.ObjectWriteTraceId), cancellationToken);
    }

    public Task<HubSpotObject> UpdateAsync(string id, IReadOnlyDictionary<string, string?> properties, string? idProperty = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(properties);
        var body = new ObjectWriteBody { Properties = new Dictionary<string, string?>(properties) };
        return api.UpdateObjectAsync(paths.Objects, objectType, id, body, idProperty, cancellationToken);
    }

    public Task ArchiveAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return api.ArchiveObjectAsync(paths.Objects, objectType, id, cancellationToken);
    }

    public async Task<HubSpotBatchResult<HubSpotObject>> BatchReadAsync(IEnumerable<string> ids, HubSpotGetOptions? options = null, CancellationToken cancellationToken = default)
    {
        var inputs = Materialise(ids);
        var idProperty = options?.IdProperty is { Length: > 0 } given && given != ObjectIdProperty ? given : null;
        var properties = options?.Properties is { Count: > 0 } requested ? requested.ToList() : [];
        if (idProperty is not null && !(idProperty == EmailProperty && properties.Count == 0) && !properties.Contains(idProperty))
        {
            // The results are tied to the inputs by the idProperty value, so it must come back.
            properties.Add(idProperty);
        }

        // HubSpot refuses a request that names a record twice; ask once and give every repeat the same result.
        var (unique, firstOf, _) = Deduplicate(inputs, id => Key(idProperty, id));
        var result = await HubSpotBatchRunner.RunAsync(unique, BatchSize, "read", objectType, logger, async (chunk, ct) =>
        {
            var body = new BatchReadBody
            {
                Inputs = [.. chunk.Select(e => new IdInput { Id = e.Input })],
                Properties = properties.Count > 0 ? properties : null,
                IdProperty = options?.IdProperty,
            };
            var response = await api.BatchReadObjectsAsync(paths.Objects, objectType, body, Flag(options?.Archived), ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<HubSpotObject>(response.Results, response.Errors);
        }, (id, _) => new HubSpotBatchRunner.InputKeys(id, null),
        (r, e) => idProperty is null ? r.Id == e.Input : SameKey(idProperty, r.GetProperty(idProperty), e.Input), null, cancellationToken).ConfigureAwait(false);

        var byInput = new Dictionary<int, HubSpotObject>(result.ResultsByInput);
        foreach (var (index, first) in firstOf)
        {
            if (result.ResultsByInput.TryGetValue(first, out var found))
            {
                byInput[index] = found;
            }
        }

        return new HubSpotBatchResult<HubSpotObject>(result.Results, result.Errors, byInput);
    }

    public Task<HubSpotBatchResult<HubSpotObject>> BatchCreateAsync(IEnumerable<HubSpotObjectInput> inputs, CancellationToken cancellationToken = default)
    {
        var entries = Materialise(inputs).Select((input, i) => new HubSpotBatchRunner.Entry<HubSpotObjectInput>(i, input)).ToList();
        return HubSpotBatchRunner.RunAsync(entries, BatchSize, "create", objectType, logger, async (chunk, ct) =>
        {
            var body = new BatchInputs<ObjectWriteBody>
            {
                Inputs = [.. chunk.Select(e => ToCreateBody(e.Input, TraceId(e.Input.ObjectWriteTraceId, e.Index)))],
            };
            var response = await api.BatchCreateObjectsAsync(paths.Objects, objectType, body, ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<HubSpotObject>(response.Results, response.Errors);
        }, (input, index) => new HubSpotBatchRunner.InputKeys(null, TraceId(input.ObjectWriteTraceId, index)),
        (r, e) => r.ObjectWriteTraceId is { } trace ? trace == TraceId(e.Input.ObjectWriteTraceId, e.Index) : SameValues(r, e.Input.Properties), null, cancellationToken);
    }

    public Task<HubSpotBatchResult<HubSpotObject>> BatchUpdateAsync(IEnumerable<HubSpotObjectUpdate> inputs, CancellationToken cancellationToken = default)
    {
        var list = Materialise(inputs);
        var byEmail = list.FindIndex(u => string.Equals(u.IdProperty, EmailProperty, StringComparison.OrdinalIgnoreCase));
        if (byEmail >= 0)
        {
            throw new ArgumentException($"Batch update input {byEmail} uses idProperty \"email\", which HubSpot refuses for batch update; use BatchUpsertAsync, UpdateAsync with idProperty \"email\", or the record id.", nameof(inputs));
        }

        var (unique, firstOf, duplicateErrors) = Deduplicate(list, u => (u.IdProperty ?? ObjectIdProperty) + ":" + Key(u.IdProperty, u.Id), (u, i, first) => Duplicate(u.Id, i, first, u.ObjectWriteTraceId));
        _ = firstOf;
        return HubSpotBatchRunner.RunAsync(unique, BatchSize, "update", objectType, logger, async (chunk, ct) =>
        {
            var body = new BatchInputs<ObjectWriteBody>
            {
                Inputs = [.. chunk.Select(e => new ObjectWriteBody { Id = e.Input.Id, IdProperty = e.Input.IdProperty, Properties = e.Input.Properties, ObjectWriteTraceId = TraceId(e.Input.ObjectWriteTraceId, e.Index) })],
            };
            var response = await api.BatchUpdateObjectsAsync(paths.Objects, objectType, body, ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<HubSpotObject>(response.Results, response.Errors);
        }, (u, index) => new HubSpotBatchRunner.InputKeys(u.Id, TraceId(u.ObjectWriteTraceId, index)),
        (r, e) => r.ObjectWriteTraceId is { } trace ? trace == TraceId(e.Input.ObjectWriteTraceId, e.Index)
            : e.Input.IdProperty is null or ObjectIdProperty ? r.Id == e.Input.Id
            : r.GetProperty(e.Input.IdProperty) is { } value ? SameKey(e.Input.IdProperty, value, e.Input.Id) : SameValues(r, e.Input.Properties),
        duplicateErrors, cancellationToken);
    }

    public Task<HubSpotBatchResult<HubSpotObject>> BatchUpsertAsync(IEnumerable<HubSpotObjectUpsert> inputs, CancellationToken cancellationToken = default)
    {
        var list = Materialise(inputs);
        var bad = list.FindIndex(u => string.IsNullOrWhiteSpace(u.IdProperty) || u.IdProperty == ObjectIdProperty);
        if (bad >= 0)
        {
            throw new ArgumentException($"Batch upsert input {bad} must name email or a hasUniqueValue property as idProperty (not hs_object_id); HubSpot creates the record with that value when none has it.", nameof(inputs));
        }

        var (unique, _, duplicateErrors) = Deduplicate(list, u => u.IdProperty + ":" + Key(u.IdProperty, u.Id), (u, i, first) => Duplicate(u.Id, i, first, u.ObjectWriteTraceId));
        return HubSpotBatchRunner.RunAsync(unique, BatchSize, "upsert", objectType, logger, async (chunk, ct) =>
        {
            var body = new BatchInputs<ObjectWriteBody>
            {
                Inputs = [.. chunk.Select(e => new ObjectWriteBody { Id = e.Input.Id, IdProperty = e.Input.IdProperty, Properties = WithKey(e.Input), ObjectWriteTraceId = TraceId(e.Input.ObjectWriteTraceId, e.Index) })],
            };
            var response = await api.BatchUpsertObjectsAsync(paths.Objects, objectType, body, ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<HubSpotObject>(response.Results, response.Errors);
        }, (u, index) => new HubSpotBatchRunner.InputKeys(u.Id, TraceId(u.ObjectWriteTraceId, index)),
        (r, e) => r.ObjectWriteTraceId is { } trace ? trace == TraceId(e.Input.ObjectWriteTraceId, e.Index) : SameKey(e.Input.IdProperty, r.GetProperty(e.Input.IdProperty), e.Input.Id),
        duplicateErrors, cancellationToken);
    }

    public Task<HubSpotBatchResult<string>> BatchArchiveAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        // Archiving twice is archiving once: repeats are dropped, since HubSpot refuses a request that repeats an id.
        var (entries, _, _) = Deduplicate(Materialise(ids), id => id);
        return HubSpotBatchRunner.RunAsync(entries, BatchSize, "archive", objectType, logger, async (chunk, ct) =>
        {
            var body = new BatchInputs<IdInput> { Inputs = [.. chunk.Select(e => new IdInput { Id = e.Input })] };
            await api.BatchArchiveObjectsAsync(paths.Objects, objectType, body, ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<string>([.. chunk.Select(e => e.Input)], null);
        }, (id, _) => new HubSpotBatchRunner.InputKeys(id, null), (r, e) => r == e.Input, null, cancellationToken);
    }

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

    // Repeats (by key) are not sent: HubSpot refuses a whole request that names one record twice. Each repeat maps to
    // the position of its first occurrence and, when asked, gets its own error.
    private static (List<HubSpotBatchRunner.Entry<T>> Unique, List<(int Index, int First)> Repeats, List<HubSpotBatchError> Errors) Deduplicate<T>(
        IReadOnlyList<T> items, Func<T, string> key, Func<T, int, int, HubSpotBatchError>? report = null)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        List<HubSpotBatchRunner.Entry<T>> unique = [];
        List<(int, int)> repeats = [];
        List<HubSpotBatchError> errors = [];
        for (var i = 0; i < items.Count; i++)
        {
            if (seen.TryGetValue(key(items[i]), out var first))
            {
                repeats.Add((i, first));
                if (report is not null)
                {
                    errors.Add(report(items[i], i, first));
                }

                continue;
            }

            seen[key(items[i])] = i;
            unique.Add(new HubSpotBatchRunner.Entry<T>(i, items[i]));
        }

        return (unique, repeats, errors);
    }

    private static HubSpotBatchError Duplicate(string id, int index, int first, string? traceId) => new()
    {
        InputIndex = index,
        Id = id,
        ObjectWriteTraceId = TraceId(traceId, index),
        Category = "VALIDATION_ERROR",
        Message = $"Duplicate IDs found in batch input: [{id}]. IDs must be unique. Input {index.ToString(CultureInfo.InvariantCulture)} repeats input {first.ToString(CultureInfo.InvariantCulture)} and was not sent; the first one was.",
        Context = new Dictionary<string, IReadOnlyList<string>> { ["ids"] = [id] },
    };

    // Emails are compared case-insensitively by HubSpot; other unique values exactly.
    private static string Key(string? idProperty, string id) => idProperty == EmailProperty ? id.Trim().ToLowerInvariant() : id;

    private static bool SameKey(string? idProperty, string? left, string? right) =>
        left is not null && right is not null && string.Equals(left.Trim(), right.Trim(), idProperty == EmailProperty ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    // A result carries the values its input set (HubSpot lower-cases emails); a value it does not return cannot rule it out.
    private static bool SameValues(HubSpotObject result, IDictionary<string, string?> sent) =>
        sent.Where(p => !string.IsNullOrEmpty(p.Value) && result.Properties.ContainsKey(p.Key))
            .All(p => SameKey(p.Key == EmailProperty ? EmailProperty : null, result.GetProperty(p.Key), p.Value));

    // Upserts send their key as a property too, so the result names it and can be tied back to its input.
    private static IDictionary<string, string?> WithKey(HubSpotObjectUpsert upsert) =>
        upsert.Properties.ContainsKey(upsert.IdProperty) ? upsert.Properties : new Dictionary<string, string?>(upsert.Properties) { [upsert.IdProperty] = upsert.Id };

    private static ObjectWriteBody ToCreateBody(HubSpotObjectInput input, string? traceId) => new()
    {
        Properties = input.Properties,
        Associations = input.Associations.Count == 0 ? null : [.. input.Associations.Select(HubSpotAssociationMapping.ToSpecDto)],
        ObjectWriteTraceId = traceId,
    };

    private static string TraceId(string? given, int index) => string.IsNullOrEmpty(given) ? index.ToString(CultureInfo.InvariantCulture) : given;

    private static List<T> Materialise<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        if (list.Any(i => i is null))
        {
            throw new ArgumentException("A batch input is null.", nameof(items));
        }

        return list;
    }

    internal static string? Join(IEnumerable<string>? values) => values is null || !values.Any() ? null : string.Join(',', values);

    internal static string? Flag(bool? value) => value == true ? "true" : null;
}
