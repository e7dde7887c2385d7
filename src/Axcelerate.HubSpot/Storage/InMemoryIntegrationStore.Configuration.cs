using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Storage;

public sealed partial class InMemoryIntegrationStore
{
    private readonly SortedDictionary<string, UserLink> _userLinks = new(StringComparer.Ordinal);
    private readonly Dictionary<MappedEntity, List<FieldMapping>> _fieldMappings = [];
    private readonly Dictionary<SyncFlow, bool> _syncSettings = [];
    private readonly Dictionary<MappedEntity, ImportCheckpoint> _checkpoints = [];
    private DealStageMap? _dealStageMap;
    private HubSpotTokenSet? _tokens;

    /// <inheritdoc />
    public ValueTask<UserLink?> GetUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        lock (_gate)
        {
            return ValueTask.FromResult(_userLinks.GetValueOrDefault(hubSpotOwnerId));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<UserLink>> ListUserLinksAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<UserLink>>([.. _userLinks.Values]);
        }
    }

    /// <inheritdoc />
    public ValueTask<UserLink> SetUserLinkAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        lock (_gate)
        {
            var link = new UserLink(hubSpotOwnerId, axcelerateContactId, email, method, Now);
            _userLinks[hubSpotOwnerId] = link;
            return ValueTask.FromResult(link);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> AddUserLinkIfAbsentAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        lock (_gate)
        {
            return ValueTask.FromResult(_userLinks.TryAdd(hubSpotOwnerId, new UserLink(hubSpotOwnerId, axcelerateContactId, email, method, Now)));
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        lock (_gate)
        {
            return ValueTask.FromResult(_userLinks.Remove(hubSpotOwnerId));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<FieldMapping>> ListFieldMappingsAsync(MappedEntity entity, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<FieldMapping>>(_fieldMappings.TryGetValue(entity, out var list) ? [.. list] : []);
        }
    }

    /// <inheritdoc />
    public ValueTask UpsertFieldMappingAsync(FieldMapping mapping, CancellationToken cancellationToken = default)
    {
        StoreArguments.FieldMapping(mapping);
        lock (_gate)
        {
            var list = MappingsOf(mapping.Entity);
            var index = list.FindIndex(m => SameKey(m, mapping.AxcelerateField, mapping.HubSpotProperty));
            if (index >= 0)
            {
                list[index] = mapping;
            }
            else
            {
                list.Add(mapping);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> SetFieldMappingActiveAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, bool isActive, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_fieldMappings.TryGetValue(entity, out var list))
            {
                return ValueTask.FromResult(false);
            }

            var index = list.FindIndex(m => SameKey(m, axcelerateField, hubSpotProperty));
            if (index < 0)
            {
                return ValueTask.FromResult(false);
            }

            list[index] = list[index] with { IsActive = isActive };
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteFieldMappingAsync(MappedEntity entity, string axcelerateField, string hubSpotProperty, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(
                _fieldMappings.TryGetValue(entity, out var list) && list.RemoveAll(m => SameKey(m, axcelerateField, hubSpotProperty)) > 0);
        }
    }

    /// <inheritdoc />
    public ValueTask ReplaceFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> mappings, CancellationToken cancellationToken = default)
    {
        StoreArguments.MappingsBelongTo(entity, mappings, nameof(mappings));
        lock (_gate)
        {
            _fieldMappings[entity] = Deduplicate(mappings);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> SeedDefaultFieldMappingsAsync(MappedEntity entity, IReadOnlyList<FieldMapping> defaults, CancellationToken cancellationToken = default)
    {
        StoreArguments.MappingsBelongTo(entity, defaults, nameof(defaults));
        lock (_gate)
        {
            if (_fieldMappings.ContainsKey(entity))
            {
                return ValueTask.FromResult(false);
            }

            _fieldMappings[entity] = Deduplicate(defaults);
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<DealStageMap?> GetDealStageMapAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_dealStageMap);
        }
    }

    /// <inheritdoc />
    public ValueTask<DealStageMap> SaveDealStageMapAsync(string pipelineId, string pipelineLabel, IReadOnlyList<DealStageMapEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pipelineId);
        ArgumentNullException.ThrowIfNull(pipelineLabel);
        StoreArguments.DealStageEntries(entries);
        lock (_gate)
        {
            _dealStageMap = new DealStageMap(pipelineId, pipelineLabel, [.. entries], Now);
            return ValueTask.FromResult(_dealStageMap);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyDictionary<SyncFlow, bool>> GetSyncSettingsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyDictionary<SyncFlow, bool>>(new Dictionary<SyncFlow, bool>(_syncSettings));
        }
    }

    /// <inheritdoc />
    public ValueTask SetSyncSettingsAsync(IReadOnlyDictionary<SyncFlow, bool> switches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(switches);
        lock (_gate)
        {
            foreach (var (flow, enabled) in switches)
            {
                _syncSettings[flow] = enabled;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<ImportCheckpoint?> GetCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_checkpoints.GetValueOrDefault(entity));
        }
    }

    /// <inheritdoc />
    public ValueTask<ImportCheckpoint> SaveCheckpointAsync(ImportCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        lock (_gate)
        {
            var stored = _checkpoints.GetValueOrDefault(checkpoint.Entity);
            var storedVersion = stored?.Version ?? 0;
            if (storedVersion != checkpoint.Version)
            {
                throw new StoreConflictException(
                    $"The {checkpoint.Entity} import checkpoint was saved by someone else (stored version {storedVersion}, expected {checkpoint.Version}); re-read it before saving.");
            }

            var now = Now;
            var saved = checkpoint with
            {
                StartedAt = stored?.StartedAt ?? (checkpoint.StartedAt == default ? now : checkpoint.StartedAt.ToUniversalTime()),
                UpdatedAt = now,
                Version = storedVersion + 1,
            };
            _checkpoints[checkpoint.Entity] = saved;
            return ValueTask.FromResult(saved);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_checkpoints.Remove(entity));
        }
    }

    /// <inheritdoc />
    public ValueTask<HubSpotTokenSet?> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_tokens);
        }
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        lock (_gate)
        {
            _tokens = tokens;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ClearAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _tokens = null;
        }

        return ValueTask.CompletedTask;
    }

    private static bool SameKey(FieldMapping mapping, string axcelerateField, string hubSpotProperty) =>
        string.Equals(mapping.AxcelerateField, axcelerateField, StringComparison.OrdinalIgnoreCase)
        && string.Equals(mapping.HubSpotProperty, hubSpotProperty, StringComparison.OrdinalIgnoreCase);

    private static List<FieldMapping> Deduplicate(IReadOnlyList<FieldMapping> mappings)
    {
        var list = new List<FieldMapping>(mappings.Count);
        foreach (var mapping in mappings)
        {
            var index = list.FindIndex(m => SameKey(m, mapping.AxcelerateField, mapping.HubSpotProperty));
            if (index >= 0)
            {
                list[index] = mapping;
            }
            else
            {
                list.Add(mapping);
            }
        }

        return list;
    }

    private List<FieldMapping> MappingsOf(MappedEntity entity)
    {
        if (!_fieldMappings.TryGetValue(entity, out var list))
        {
            list = [];
            _fieldMappings[entity] = list;
        }

        return list;
    }
}
