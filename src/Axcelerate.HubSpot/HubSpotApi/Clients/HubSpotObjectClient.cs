using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>The records of one object type, over <see cref="IHubSpotObjectsApi"/>.</summary>
internal sealed class HubSpotObjectClient(IHubSpotApi api, HubSpotPaths paths, string objectType, ILogger logger) : IHubSpotObjectClient
{
    internal const int BatchSize = 100;
    internal const int SearchWindow = 10_000;
    private const string ObjectIdProperty = "hs_object_id";

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

    public async IAsyncEnumerable<HubSpotObject> ListAsync(HubSpotListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        do
        {
            var page = await ListPageAsync(after, options, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Results)
            {
                yield return item;
            }

            after = page.NextAfter;
        }
        while (after is not null);
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

    public Task<HubSpotBatchResult<HubSpotObject>> BatchReadAsync(IEnumerable<string> ids, HubSpotGetOptions? options = null, CancellationToken cancellationToken = default)
    {
        var inputs = Materialise(ids);
        return HubSpotBatchRunner.RunAsync(inputs, BatchSize, "read", objectType, logger, async (chunk, _, ct) =>
        {
            var body = new BatchReadBody
            {
                Inputs = [.. chunk.Select(id => new IdInput { Id = id })],
                Properties = options?.Properties is { Count: > 0 } properties ? [.. properties] : null,
                IdProperty = options?.IdProperty,
            };
            var response = await api.BatchReadObjectsAsync(paths.Objects, objectType, body, Flag(options?.Archived), ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<HubSpotObject>(response.Results, response.Errors);
        }, (id, _) => new HubSpotBatchRunner.InputKeys(id, null), cancellationToken);
    }

    public Task<HubSpotBatchResult<HubSpotObject>> BatchCreateAsync(IEnumerable<HubSpotObjectInput> inputs, CancellationToken cancellationToken = default)
    {
        var list = Materialise(inputs);
        return HubSpotBatchRunner.RunAsync(list, BatchSize, "create", objectType, logger, async (chunk, offset, ct) =>
        {
            var body = new BatchInputs<ObjectWriteBody>
            {
                Inputs = [.. chunk.Select((input, i) => ToCreateBody(input, TraceId(input.ObjectWriteTraceId, offset + i)))],
            };
            var response = await api.BatchCreateObjectsAsync(paths.Objects, objectType, body, ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<HubSpotObject>(response.Results, response.Errors);
        }, (input, index) => new HubSpotBatchRunner.InputKeys(null, TraceId(input.ObjectWriteTraceId, index)), cancellationToken);
    }

    public Task<HubSpotBatchResult<HubSpotObject>> BatchUpdateAsync(IEnumerable<HubSpotObjectUpdate> inputs, CancellationToken cancellationToken = default)
    {
        var list = Materialise(inputs);
        return HubSpotBatchRunner.RunAsync(list, BatchSize, "update", objectType, logger, async (chunk, offset, ct) =>
        {
            var body = new BatchInputs<ObjectWriteBody>
            {
                Inputs = [.. chunk.Select((u, i) => new ObjectWriteBody { Id = u.Id, IdProperty = u.IdProperty, Properties = u.Properties, ObjectWriteTraceId = TraceId(u.ObjectWriteTraceId, offset + i) })],
            };
            var response = await api.BatchUpdateObjectsAsync(paths.Objects, objectType, body, ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<HubSpotObject>(response.Results, response.Errors);
        }, (u, index) => new HubSpotBatchRunner.InputKeys(u.Id, TraceId(u.ObjectWriteTraceId, index)), cancellationToken);
    }

    public Task<HubSpotBatchResult<HubSpotObject>> BatchUpsertAsync(IEnumerable<HubSpotObjectUpsert> inputs, CancellationToken cancellationToken = default)
    {
        var list = Materialise(inputs);
        return HubSpotBatchRunner.RunAsync(list, BatchSize, "upsert", objectType, logger, async (chunk, offset, ct) =>
        {
            var body = new BatchInputs<ObjectWriteBody>
            {
                Inputs = [.. chunk.Select((u, i) => new ObjectWriteBody { Id = u.Id, IdProperty = u.IdProperty, Properties = u.Properties, ObjectWriteTraceId = TraceId(u.ObjectWriteTraceId, offset + i) })],
            };
            var response = await api.BatchUpsertObjectsAsync(paths.Objects, objectType, body, ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<HubSpotObject>(response.Results, response.Errors);
        }, (u, index) => new HubSpotBatchRunner.InputKeys(u.Id, TraceId(u.ObjectWriteTraceId, index)), cancellationToken);
    }

    public Task<HubSpotBatchResult<string>> BatchArchiveAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var list = Materialise(ids);
        return HubSpotBatchRunner.RunAsync(list, BatchSize, "archive", objectType, logger, async (chunk, _, ct) =>
        {
            var body = new BatchInputs<IdInput> { Inputs = [.. chunk.Select(id => new IdInput { Id = id })] };
            await api.BatchArchiveObjectsAsync(paths.Objects, objectType, body, ct).ConfigureAwait(false);
            return new HubSpotBatchRunner.ChunkOutcome<string>(chunk, null);
        }, (id, _) => new HubSpotBatchRunner.InputKeys(id, null), cancellationToken);
    }

    public async Task<HubSpotPage<HubSpotObject>> SearchPageAsync(HubSpotSearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Limit, HubSpotSearchRequest.MaxPageSize);
        var response = await api.SearchObjectsAsync(paths.Objects, objectType, request, cancellationToken).ConfigureAwait(false);
        return new HubSpotPage<HubSpotObject>(response.Results, response.Paging?.Next?.After, response.Total);
    }

    public async IAsyncEnumerable<HubSpotObject> SearchAsync(HubSpotSearchRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Sorts.Any(s => s.PropertyName != ObjectIdProperty || s.Direction != HubSpotSortDirection.Ascending))
        {
            throw new ArgumentException($"SearchAsync walks the results by {ObjectIdProperty} ascending and cannot honour another sort; use SearchPageAsync for custom sorts.", nameof(request));
        }

        string? lastId = null;
        while (true)
        {
            var query = Window(request, lastId);
            var idBeforeWindow = lastId;
            var fetched = 0;
            string? after = null;
            while (true)
            {
                var page = await SearchPageAsync(WithAfter(query, after), cancellationToken).ConfigureAwait(false);
                foreach (var item in page.Results)
                {
                    lastId = item.Id;
                    yield return item;
                }

                fetched += page.Results.Count;
                if (page.NextAfter is null || page.Results.Count == 0)
                {
                    yield break;
                }

                if (fetched + query.Limit > SearchWindow)
                {
                    break;
                }

                after = page.NextAfter;
            }

            if (lastId is null || lastId == idBeforeWindow)
            {
                yield break;
            }

            HubSpotApiLog.SearchWindowMoved(logger, objectType, lastId);
        }
    }

    // The query of one 10,000-result window: sorted by hs_object_id, and past the last id of the previous window.
    private static HubSpotSearchRequest Window(HubSpotSearchRequest request, string? lastId)
    {
        var groups = request.FilterGroups.Select(g => new HubSpotFilterGroup { Filters = [.. g.Filters] }).ToList();
        if (lastId is not null)
        {
            var after = new HubSpotFilter { PropertyName = ObjectIdProperty, Operator = HubSpotFilterOperator.Gt, Value = lastId };
            if (groups.Count == 0)
            {
                groups.Add(new HubSpotFilterGroup());
            }

            foreach (var group in groups)
            {
                group.Filters.Add(after);
            }
        }

        return new HubSpotSearchRequest
        {
            FilterGroups = groups,
            Sorts = [new HubSpotSort(ObjectIdProperty, HubSpotSortDirection.Ascending)],
            Properties = request.Properties,
            Query = request.Query,
            Limit = request.Limit,
        };
    }

    private static HubSpotSearchRequest WithAfter(HubSpotSearchRequest query, string? after) => new()
    {
        FilterGroups = query.FilterGroups,
        Sorts = query.Sorts,
        Properties = query.Properties,
        Query = query.Query,
        Limit = query.Limit,
        After = after,
    };

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
