using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Mapping.Administration;

/// <summary>
/// One per host (a singleton): stores each entity's default mappings once, and keeps each entity's compiled
/// <see cref="MappingPlan"/> until its mappings or the time zone change. Reading takes no write lock: the store is only
/// read (so a change made through another host instance is seen too) and the plan is recompiled only when what it was
/// compiled from differs.
/// </summary>
internal sealed class MappingPlanCache
{
    private readonly Entry[] _entries = Enum.GetValues<MappedEntity>().Select(_ => new Entry()).ToArray();

    /// <summary>Stores the entity's defaults unless this process already did (the store stores defaults idempotently and atomically).</summary>
    public async Task EnsureDefaultsAsync(IFieldMappingStore store, MappedEntity entity, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(entity))
        {
            throw new ArgumentOutOfRangeException(nameof(entity), entity, $"{entity} is not a mapped entity.");
        }

        var entry = _entries[(int)entity];
        if (Volatile.Read(ref entry.DefaultsStored))
        {
            return;
        }

        await store.SeedDefaultFieldMappingsAsync(entity, DefaultFieldMappings.For(entity), cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref entry.DefaultsStored, true);
    }

    /// <summary>Returns the cached plan when it was compiled from the same mappings and zone; otherwise compiles and caches a new one.</summary>
    public MappingPlan GetOrCompile(MappedEntity entity, IReadOnlyList<FieldMapping> mappings, TimeZoneInfo zone)
    {
        var entry = _entries[(int)entity];
        var current = Volatile.Read(ref entry.Plan);
        if (current is not null && current.Matches(mappings, zone))
        {
            return current.Plan;
        }

        lock (entry)
        {
            current = entry.Plan;
            if (current is not null && current.Matches(mappings, zone))
            {
                return current.Plan;
            }

            var compiled = new CompiledPlan(mappings.ToArray(), zone, MappingPlan.Compile(entity, mappings, zone));
            Volatile.Write(ref entry.Plan, compiled);
            return compiled.Plan;
        }
    }

    /// <summary>Drops an entity's plan after this process changed its mappings.</summary>
    public void Invalidate(MappedEntity entity) => Volatile.Write(ref _entries[(int)entity].Plan, null);

    private sealed class Entry
    {
        public bool DefaultsStored;
        public CompiledPlan? Plan;
    }

    private sealed record CompiledPlan(FieldMapping[] Mappings, TimeZoneInfo Zone, MappingPlan Plan)
    {
        public bool Matches(IReadOnlyList<FieldMapping> mappings, TimeZoneInfo zone) =>
            string.Equals(Zone.Id, zone.Id, StringComparison.Ordinal) && Mappings.SequenceEqual(mappings);
    }
}
