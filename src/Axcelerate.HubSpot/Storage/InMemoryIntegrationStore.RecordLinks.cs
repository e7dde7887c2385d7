namespace Axcelerate.HubSpot.Storage;

public sealed partial class InMemoryIntegrationStore
{
    private readonly SortedDictionary<(MappedEntity Entity, long AxcelerateId), RecordLink> _linksByAxcelerate = [];
    private readonly Dictionary<(MappedEntity Entity, string HubSpotId), long> _axcelerateIdByHubSpot = [];

    /// <inheritdoc />
    public ValueTask<RecordLink?> FindByAxcelerateIdAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_linksByAxcelerate.GetValueOrDefault((entity, axcelerateId)));
        }
    }

    /// <inheritdoc />
    public ValueTask<RecordLink?> FindByHubSpotIdAsync(MappedEntity entity, string hubSpotId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotId);
        lock (_gate)
        {
            return ValueTask.FromResult(FindByHubSpot(entity, hubSpotId));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<string, RecordLink>> FindByHubSpotIdsAsync(MappedEntity entity, IReadOnlyCollection<string> hubSpotIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hubSpotIds);
        var found = new Dictionary<string, RecordLink>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var id in hubSpotIds)
            {
                if (FindByHubSpot(entity, id) is { } link)
                {
                    found[id] = link;
                }
            }
        }

        return ValueTask.FromResult<IReadOnlyDictionary<string, RecordLink>>(found);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<long, RecordLink>> FindByAxcelerateIdsAsync(MappedEntity entity, IReadOnlyCollection<long> axcelerateIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(axcelerateIds);
        var found = new Dictionary<long, RecordLink>();
        lock (_gate)
        {
            foreach (var id in axcelerateIds)
            {
                if (_linksByAxcelerate.TryGetValue((entity, id), out var link))
                {
                    found[id] = link;
                }
            }
        }

        return ValueTask.FromResult<IReadOnlyDictionary<long, RecordLink>>(found);
    }

    /// <inheritdoc />
    public ValueTask<RecordLink> LinkAsync(MappedEntity entity, long axcelerateId, string hubSpotId, CancellationToken cancellationToken = default)
    {
        StoreArguments.AxcelerateId(axcelerateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotId);
        lock (_gate)
        {
            var byAxcelerate = _linksByAxcelerate.GetValueOrDefault((entity, axcelerateId));
            var byHubSpot = FindByHubSpot(entity, hubSpotId);
            if (byAxcelerate is not null && byAxcelerate.HubSpotId == hubSpotId)
            {
                return ValueTask.FromResult(byAxcelerate);
            }

            if (byAxcelerate is not null || byHubSpot is not null)
            {
                throw new StoreConflictException(StoreArguments.LinkConflict(entity, axcelerateId, hubSpotId, byAxcelerate, byHubSpot));
            }

            var link = new RecordLink(entity, axcelerateId, hubSpotId, Now);
            _linksByAxcelerate[(entity, axcelerateId)] = link;
            _axcelerateIdByHubSpot[(entity, hubSpotId)] = axcelerateId;
            return ValueTask.FromResult(link);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> UnlinkAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_linksByAxcelerate.Remove((entity, axcelerateId), out var link))
            {
                return ValueTask.FromResult(false);
            }

            _axcelerateIdByHubSpot.Remove((entity, link.HubSpotId));
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ReplaceHubSpotIdAsync(MappedEntity entity, string oldHubSpotId, string newHubSpotId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(oldHubSpotId);
        ArgumentException.ThrowIfNullOrWhiteSpace(newHubSpotId);
        lock (_gate)
        {
            if (FindByHubSpot(entity, oldHubSpotId) is not { } link)
            {
                return ValueTask.FromResult(false);
            }

            if (oldHubSpotId == newHubSpotId)
            {
                return ValueTask.FromResult(true);
            }

            if (FindByHubSpot(entity, newHubSpotId) is { } other)
            {
                throw new StoreConflictException(
                    $"Cannot re-point the link of aXcelerate {entity} {link.AxcelerateId} to HubSpot record {newHubSpotId}: it is already linked to aXcelerate {entity} {other.AxcelerateId}.");
            }

            _axcelerateIdByHubSpot.Remove((entity, oldHubSpotId));
            _axcelerateIdByHubSpot[(entity, newHubSpotId)] = link.AxcelerateId;
            _linksByAxcelerate[(entity, link.AxcelerateId)] = link with { HubSpotId = newHubSpotId };
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<RecordLink?> RecordSyncAsync(MappedEntity entity, long axcelerateId, SyncDirection direction, string valuesHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(valuesHash);
        lock (_gate)
        {
            if (!_linksByAxcelerate.TryGetValue((entity, axcelerateId), out var link))
            {
                return ValueTask.FromResult<RecordLink?>(null);
            }

            var stamp = new SyncStamp(valuesHash, Now);
            link = direction == SyncDirection.ToHubSpot
                ? link with { LastSyncedToHubSpot = stamp }
                : link with { LastSyncedToAxcelerate = stamp };
            _linksByAxcelerate[(entity, axcelerateId)] = link;
            return ValueTask.FromResult<RecordLink?>(link);
        }
    }

    /// <inheritdoc />
    public ValueTask<StorePage<RecordLink>> ListRecordLinksAsync(MappedEntity entity, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        StoreArguments.PageSize(pageSize);
        var after = StoreArguments.ParseToken(continuationToken) ?? long.MinValue;
        lock (_gate)
        {
            var rows = _linksByAxcelerate.Values
                .Where(l => l.Entity == entity && l.AxcelerateId > after)
                .Take(pageSize + 1)
                .ToList();
            return ValueTask.FromResult(StoreArguments.Page(rows, pageSize, l => l.AxcelerateId));
        }
    }

    private RecordLink? FindByHubSpot(MappedEntity entity, string hubSpotId) =>
        _axcelerateIdByHubSpot.TryGetValue((entity, hubSpotId), out var axcelerateId)
            ? _linksByAxcelerate[(entity, axcelerateId)]
            : null;
}
