using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Axcelerate.HubSpot.Paging;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>The records of one object type, over <see cref="IHubSpotObjectsApi"/>.</summary>
internal sealed partial class HubSpotObjectClient(IHubSpotApi api, HubSpotPaths paths, string objectType, ILogger logger) : IHubSpotObjectClient
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

        var (unique, _, duplicateErrors) = Deduplicate(list, u => (u.IdProperty ?? ObjectIdProperty) + ":" + Key(u.IdProperty, u.Id), (u, i, first) => Duplicate(u.Id, i, first, u.ObjectWriteTraceId));
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
