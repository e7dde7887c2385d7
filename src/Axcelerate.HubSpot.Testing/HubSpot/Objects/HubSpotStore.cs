using System.Globalization;
using Axcelerate.HubSpot.Testing.HubSpot.Associations;
using Axcelerate.HubSpot.Testing.HubSpot.Properties;

namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>
/// The sandbox portal's records and associations, in memory and thread-safe (one lock guards everything so that a
/// write and its webhook events and search versions are consistent).
/// </summary>
internal sealed class HubSpotStore(TimeProvider timeProvider, Func<TimeSpan> searchLag)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<HubSpotObjectType, SortedDictionary<long, StoredRecord>> _records = HubSpotObjectType.All.ToDictionary(t => t, _ => new SortedDictionary<long, StoredRecord>());
    private readonly AssociationSet _associations = new();

    // Every id of each type, ordered, so that a page starting after an id begins there instead of at the first record.
    private readonly Dictionary<HubSpotObjectType, SortedSet<long>> _ids = HubSpotObjectType.All.ToDictionary(t => t, _ => new SortedSet<long>());
    private readonly List<(DateTimeOffset At, AssociationEdge Edge, bool Added)> _associationLog = [];

    // Lower-cased email → the contact that last took it. A hit is verified (and a stale one falls back to a scan); a
    // miss is trusted, since every email a contact gets is written here first.
    private readonly Dictionary<string, long> _emailIndex = new(StringComparer.Ordinal);

    // (type, property) → value (case ignored) → the records that were given it, for lookups by a property's value (unique-
    // value checks, idProperty reads): built on a property's first lookup, then every write adds to it. Entries are never
    // removed, so the index is a superset: each candidate is verified against the live record.
    private readonly Dictionary<(HubSpotObjectType Type, string Property), Dictionary<string, List<long>>> _valueIndexes = [];
    private long _valueCandidatesVisited;
    private long _nextId = 1001;

    /// <summary>The read-only property listing every id merged into a record, semicolon-separated.</summary>
    public const string MergedIdsProperty = "hs_merged_object_ids";

    /// <summary>Raised after every write with the changes it made (outside the lock).</summary>
    public event Action<IReadOnlyList<ObjectChange>>? Changed;

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>How many records lookups by a property's value have looked at so far (what the value index bounds).</summary>
    public long ValueCandidatesVisited
    {
        get
        {
            lock (_gate)
            {
                return _valueCandidatesVisited;
            }
        }
    }

    /// <summary>How many association edges writes and queries have looked at so far (what the per-record index bounds).</summary>
    public long AssociationEdgesVisited
    {
        get
        {
            lock (_gate)
            {
                return _associations.EdgesVisited;
            }
        }
    }

    public static string FormatDate(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string FormatId(long id) => id.ToString(CultureInfo.InvariantCulture);

    public HubSpotRecord? Get(HubSpotObjectType type, string id, string? idProperty = null, bool includeArchived = false)
    {
        lock (_gate)
        {
            var record = FindLocked(type, id, idProperty);
            if (record is null)
            {
                return null;
            }

            while (record?.MergedInto is { } survivor && !includeArchived)
            {
                // HubSpot answers a merged-away id with the record it was merged into (following later merges too).
                record = _records[type].GetValueOrDefault(survivor);
            }

            return record is null || (record.Archived && !includeArchived) ? null : record.ToSnapshot();
        }
    }

    public IReadOnlyList<HubSpotRecord> All(HubSpotObjectType type, bool archived = false)
    {
        lock (_gate)
        {
            return [.. _records[type].Values.Where(r => r.Archived == archived).Select(r => r.ToSnapshot())];
        }
    }

    /// <summary>One page of records in id order, starting at the first id ≥ <paramref name="after"/>.</summary>
    public (IReadOnlyList<HubSpotRecord> Page, long? NextAfter) List(HubSpotObjectType type, long after, int limit, bool archived)
    {
        lock (_gate)
        {
            var records = _records[type];
            var ids = _ids[type];
            var matching = (after <= ids.Min ? ids : ids.GetViewBetween(after, long.MaxValue))
                .Select(id => records[id]).Where(r => r.Archived == archived).Take(limit + 1).ToList();
            long? next = matching.Count > limit ? matching[limit].Id : null;
            return ([.. matching.Take(limit).Select(r => r.ToSnapshot())], next);
        }
    }

    public StoreResult Create(HubSpotObjectType type, IReadOnlyDictionary<string, string?> properties, ChangeSource source, long? forcedId = null)
    {
        List<ObjectChange> changes = [];
        StoreResult result;
        lock (_gate)
        {
            properties = NormaliseEmail(type, properties);
            if (type == HubSpotObjectType.Contacts && FindByEmailLocked(properties.GetValueOrDefault("email")) is { } existing)
            {
                return StoreResult.Fail(StoreError.DuplicateEmail, existing.Id);
            }

            var now = Now;
            var id = forcedId ?? _nextId++;
            _nextId = Math.Max(_nextId, id + 1);
            var record = new StoredRecord(type, id, now);
            foreach (var (name, value) in properties)
            {
                if (!string.IsNullOrEmpty(value) && !PropertyCatalog.IsReadOnly(name))
                {
                    record.Properties[name] = value;
                }
            }

            if (type == HubSpotObjectType.Deals && !record.Properties.ContainsKey("pipeline"))
            {
                record.Properties["pipeline"] = "default";
            }

            StampLocked(record, now, created: true);
            _records[type][id] = record;
            _ids[type].Add(id);
            IndexEmailLocked(record);
            IndexValuesLocked(record);
            changes.Add(new ObjectChange(type, id, ObjectChangeKind.Creation, source, now));
            foreach (var (name, value) in record.Properties.Where(p => !PropertyCatalog.IsReadOnly(p.Key)))
            {
                changes.Add(new ObjectChange(type, id, ObjectChangeKind.PropertyChange, source, now, name, value));
            }

            result = StoreResult.Ok(record.ToSnapshot());
        }

        Changed?.Invoke(changes);
        return result;
    }

    public StoreResult Update(HubSpotObjectType type, string id, IReadOnlyDictionary<string, string?> properties, ChangeSource source, string? idProperty = null)
    {
        List<ObjectChange> changes = [];
        StoreResult result;
        lock (_gate)
        {
            var record = FindLocked(type, id, idProperty);
            if (record is null || record.Archived)
            {
                return StoreResult.Fail(StoreError.NotFound);
            }

            properties = NormaliseEmail(type, properties);
            if (type == HubSpotObjectType.Contacts && properties.TryGetValue("email", out var email) && FindByEmailLocked(email) is { } other && other.Id != record.Id)
            {
                return StoreResult.Fail(StoreError.DuplicateEmail, other.Id);
            }

            var now = Now;
            foreach (var (name, value) in properties)
            {
                if (PropertyCatalog.IsReadOnly(name))
                {
                    continue;
                }

                var old = record.Properties.GetValueOrDefault(name);
                var newValue = string.IsNullOrEmpty(value) ? null : value;
                if (string.Equals(old, newValue, StringComparison.Ordinal))
                {
                    continue;
                }

                if (newValue is null)
                {
                    record.Properties.Remove(name);
                }
                else
                {
                    record.Properties[name] = newValue;
                    IndexEmailLocked(record);
                }

                changes.Add(new ObjectChange(type, record.Id, ObjectChangeKind.PropertyChange, source, now, name, newValue ?? string.Empty));
            }

            StampLocked(record, now, created: false);
            IndexValuesLocked(record);
            result = StoreResult.Ok(record.ToSnapshot());
        }

        Changed?.Invoke(changes);
        return result;
    }

    public bool Archive(HubSpotObjectType type, string id, ChangeSource source)
    {
        ObjectChange change;
        lock (_gate)
        {
            var record = FindLocked(type, id, null);
            if (record is null || record.Archived)
            {
                return false;
            }

            var now = Now;
            record.Archived = true;
            record.ArchivedAt = now;
            record.SearchVersions.Add(new SearchVersion(now + searchLag(), record.ToSnapshot()));
            change = new ObjectChange(type, record.Id, ObjectChangeKind.Deletion, source, now);
        }

        Changed?.Invoke([change]);
        return true;
    }

    /// <summary>
    /// Merges <paramref name="mergedId"/> into <paramref name="primaryId"/> as HubSpot does. Contacts and companies get
    /// a new record with a new id (primary values win, empty ones are filled from the merged record); both old ids are
    /// archived and resolve to it, and deletion events fire for them. Other types keep the primary id. Associations
    /// move to the surviving record and <c>hs_merged_object_ids</c> lists every id merged into it.
    /// </summary>
    public StoreResult Merge(HubSpotObjectType type, string primaryId, string mergedId, ChangeSource source)
    {
        List<ObjectChange> changes = [];
        StoreResult result;
        lock (_gate)
        {
            var primary = FindLocked(type, primaryId, null);
            var merged = FindLocked(type, mergedId, null);
            if (primary is null || merged is null || primary.Archived || merged.Archived || primary == merged)
            {
                return StoreResult.Fail(StoreError.NotFound);
            }

            var now = Now;
            var mintsNewId = type == HubSpotObjectType.Contacts || type == HubSpotObjectType.Companies;
            var survivor = primary;
            if (mintsNewId)
            {
                survivor = new StoredRecord(type, _nextId++, primary.CreatedAt);
                foreach (var (name, value) in primary.Properties)
                {
                    survivor.Properties[name] = value;
                }

                _records[type][survivor.Id] = survivor;
                _ids[type].Add(survivor.Id);
            }

            var moved = 0;
            foreach (var (name, value) in merged.Properties)
            {
                if (!PropertyCatalog.IsReadOnly(name) && !survivor.Properties.ContainsKey(name))
                {
                    survivor.Properties[name] = value;
                    moved++;
                }
            }

            List<StoredRecord> retired = mintsNewId ? [primary, merged] : [merged];
            static IEnumerable<string> MergedIds(StoredRecord r) => (r.Properties.GetValueOrDefault(MergedIdsProperty) ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries);
            survivor.Properties[MergedIdsProperty] = string.Join(';', MergedIds(survivor)
                .Concat(retired.SelectMany(r => MergedIds(r).Append(FormatId(r.Id))))
                .Distinct(StringComparer.Ordinal));
            foreach (var old in retired)
            {
                foreach (var edge in _associations.From(type, old.Id))
                {
                    _associations.Remove(edge);
                    _associations.Remove(edge.Reverse());
                    var target = edge.ToType == type && retired.Any(r => r.Id == edge.ToId) ? survivor.Id : edge.ToId;
                    var movedEdge = edge with { FromId = survivor.Id, ToId = target };
                    if ((target != survivor.Id || edge.ToType != type) && !IsSecondPrimaryLocked(movedEdge))
                    {
                        _associations.Add(movedEdge);
                        _associations.Add(movedEdge.Reverse());
                    }
                }

                old.Archived = true;
                old.ArchivedAt = now;
                old.MergedInto = survivor.Id;
                old.SearchVersions.Add(new SearchVersion(now + searchLag(), old.ToSnapshot()));
            }

            StampLocked(survivor, now, created: false);
            IndexValuesLocked(survivor);
            changes.Add(new ObjectChange(type, primary.Id, ObjectChangeKind.Merge, source, now, MergedObjectIds: [.. retired.Select(r => r.Id)], NumberOfPropertiesMoved: moved) { NewObjectId = survivor.Id });

            // HubSpot fires a deletion for each id the merge retired (and no property changes for merged values).
            changes.AddRange(retired.Select(r => new ObjectChange(type, r.Id, ObjectChangeKind.Deletion, source, now)));
            result = StoreResult.Ok(survivor.ToSnapshot());
        }

        Changed?.Invoke(changes);
        return result;
    }

    /// <summary>What search sees now: for each record the newest version whose lag has passed, archived ones left out.</summary>
    public IReadOnlyList<HubSpotRecord> SearchIndex(HubSpotObjectType type)
    {
        lock (_gate)
        {
            var now = Now;
            List<HubSpotRecord> visible = [];
            foreach (var record in _records[type].Values)
            {
                var version = record.SearchVersions.LastOrDefault(v => v.VisibleAt <= now);
                if (version is not null && !version.Snapshot.Archived)
                {
                    visible.Add(version.Snapshot);
                }
            }

            return visible;
        }
    }

    // A contact or deal keeps one primary company through a merge: the primary record's (moved first) wins.
    private bool IsSecondPrimaryLocked(AssociationEdge moved) =>
        (moved.FromType == HubSpotObjectType.Contacts || moved.FromType == HubSpotObjectType.Deals)
        && moved.ToType == HubSpotObjectType.Companies
        && AssociationTypes.IsPrimary(moved.FromType, moved.ToType, moved.TypeId)
        && _associations.From(moved.FromType, moved.FromId).Exists(e => e.ToType == HubSpotObjectType.Companies
            && e.TypeId == moved.TypeId && e.ToId != moved.ToId);

    public bool Associate(AssociationEdge edge)
    {
        List<ObjectChange> changes;
        lock (_gate)
        {
            if (!ExistsLocked(edge.FromType, edge.FromId) || !ExistsLocked(edge.ToType, edge.ToId))
            {
                return false;
            }

            _associations.BeginChanges();
            AssociationRules.Add(_associations, edge);
            var (added, removed) = _associations.EndChanges();
            foreach (var e in added)
            {
                LogAssociationLocked(e, added: true);
            }

            foreach (var e in removed)
            {
                LogAssociationLocked(e, added: false);
            }

            changes = AssociationChangesLocked(added, removed);
        }

        Changed?.Invoke(changes);
        return true;
    }

    public void RemoveAssociations(HubSpotObjectType fromType, long fromId, HubSpotObjectType toType, long toId, int? typeId = null)
    {
        List<ObjectChange> changes;
        lock (_gate)
        {
            _associations.BeginChanges();
            foreach (var edge in _associations.From(fromType, fromId).Where(e => e.ToType == toType && e.ToId == toId && (typeId is null || e.TypeId == typeId)))
            {
                _associations.Remove(edge);
                _associations.Remove(edge.Reverse());
                LogAssociationLocked(edge, added: false);
            }

            var (added, removed) = _associations.EndChanges();
            changes = AssociationChangesLocked(added, removed);
        }

        Changed?.Invoke(changes);
    }

    /// <summary>The <c>associationChange</c> events for the edges a write added and removed, one per direction.</summary>
    private List<ObjectChange> AssociationChangesLocked(List<AssociationEdge> added, List<AssociationEdge> removed)
    {
        var now = Now;
        var source = ChangeAttribution.Source ?? ChangeSource.CrmUi;
        return [.. added.Select(e => (Edge: e, Removed: false))
            .Concat(removed.Select(e => (Edge: e, Removed: true)))
            .Select(c => new ObjectChange(c.Edge.FromType, c.Edge.FromId, ObjectChangeKind.AssociationChange, source, now)
            {
                Association = new AssociationChangeInfo(c.Edge.ToType, c.Edge.ToId, c.Removed, AssociationTypes.LabelOf(c.Edge.TypeId) == "Primary"),
            })];
    }

    /// <summary>
    /// The ids of <paramref name="toType"/> records associated with a record as search sees them: association changes
    /// younger than the search lag are not visible yet.
    /// </summary>
    public IReadOnlyList<string> AssociatedIdsVisibleToSearch(HubSpotObjectType fromType, long fromId, HubSpotObjectType toType)
    {
        lock (_gate)
        {
            var edges = _associations.From(fromType, fromId).Where(e => e.ToType == toType).ToHashSet();
            var horizon = Now - searchLag();
            for (var i = _associationLog.Count - 1; i >= 0 && _associationLog[i].At > horizon; i--)
            {
                // Undo the changes search has not seen yet, newest first.
                foreach (var edge in new[] { _associationLog[i].Edge, _associationLog[i].Edge.Reverse() }.Where(e => e.FromType == fromType && e.FromId == fromId && e.ToType == toType))
                {
                    if (_associationLog[i].Added)
                    {
                        edges.Remove(edge);
                    }
                    else
                    {
                        edges.Add(edge);
                    }
                }
            }

            return [.. edges.Where(e => !(_records[toType].GetValueOrDefault(e.ToId)?.Archived ?? true)).Select(e => FormatId(e.ToId)).Distinct().Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>The live record (not archived) of a type whose <paramref name="property"/> equals <paramref name="value"/>, if any.</summary>
    public HubSpotRecord? FindByValue(HubSpotObjectType type, string property, string value)
    {
        lock (_gate)
        {
            return FindByValueLocked(type, property, value, StringComparison.Ordinal)?.ToSnapshot();
        }
    }

    // HubSpot stores contact emails lower-cased.
    private static IReadOnlyDictionary<string, string?> NormaliseEmail(HubSpotObjectType type, IReadOnlyDictionary<string, string?> properties)
    {
        if (type != HubSpotObjectType.Contacts || properties.GetValueOrDefault("email") is not { } email || !email.Any(char.IsUpper))
        {
            return properties;
        }

        return new Dictionary<string, string?>(properties, StringComparer.Ordinal) { ["email"] = email.ToLowerInvariant() };
    }

    private void LogAssociationLocked(AssociationEdge edge, bool added)
    {
        var now = Now;
        _associationLog.Add((now, edge, added));
        if (_associationLog.Count > 10_000)
        {
            // Keep the log bounded: entries older than the lag can never be undone again.
            var horizon = now - searchLag();
            _associationLog.RemoveAll(e => e.At <= horizon);
        }
    }

    /// <summary>The associations from one record to records of <paramref name="toType"/>, in target id order.</summary>
    public IReadOnlyList<AssociationEdge> AssociationsOf(HubSpotObjectType fromType, long fromId, HubSpotObjectType toType)
    {
        lock (_gate)
        {
            return [.. _associations.From(fromType, fromId).Where(e => e.ToType == toType && !(_records[toType].GetValueOrDefault(e.ToId)?.Archived ?? true)).OrderBy(e => e.ToId).ThenBy(e => e.TypeId)];
        }
    }

    public bool Exists(HubSpotObjectType type, long id)
    {
        lock (_gate)
        {
            return ExistsLocked(type, id);
        }
    }

    private bool ExistsLocked(HubSpotObjectType type, long id) => _records[type].TryGetValue(id, out var r) && !r.Archived;

    private void StampLocked(StoredRecord record, DateTimeOffset now, bool created)
    {
        record.UpdatedAt = now;
        var idText = FormatId(record.Id);
        record.Properties["hs_object_id"] = idText;
        if (created)
        {
            record.Properties[record.Type.CreatedProperty] = FormatDate(now);
        }

        record.Properties[record.Type.LastModifiedProperty] = FormatDate(now);
        record.SearchVersions.Add(new SearchVersion(now + searchLag(), record.ToSnapshot()));
        if (record.SearchVersions.Count > 8)
        {
            // Keep the index bounded: versions older than the newest visible one can never be seen again.
            var lastVisible = record.SearchVersions.FindLastIndex(v => v.VisibleAt <= now);
            if (lastVisible > 0)
            {
                record.SearchVersions.RemoveRange(0, lastVisible);
            }
        }
    }

    private StoredRecord? FindLocked(HubSpotObjectType type, string id, string? idProperty)
    {
        if (string.IsNullOrEmpty(idProperty) || idProperty == "hs_object_id")
        {
            return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric) ? _records[type].GetValueOrDefault(numeric) : null;
        }

        return FindByValueLocked(type, idProperty, id, StringComparison.OrdinalIgnoreCase);
    }

    // The live record with the lowest id whose property equals the value, from the property's value index.
    private StoredRecord? FindByValueLocked(HubSpotObjectType type, string property, string value, StringComparison comparison)
    {
        var records = _records[type];
        if (!_valueIndexes.TryGetValue((type, property), out var index))
        {
            index = new Dictionary<string, List<long>>(StringComparer.OrdinalIgnoreCase);
            foreach (var record in records.Values)
            {
                AddValueLocked(index, record, property);
            }

            _valueIndexes[(type, property)] = index;
        }

        if (!index.TryGetValue(value, out var ids))
        {
            return null;
        }

        StoredRecord? found = null;
        foreach (var id in ids)
        {
            _valueCandidatesVisited++;
            if (records.TryGetValue(id, out var record) && !record.Archived && (found is null || record.Id < found.Id)
                && record.Properties.TryGetValue(property, out var v) && string.Equals(v, value, comparison))
            {
                found = record;
            }
        }

        return found;
    }

    private void IndexValuesLocked(StoredRecord record)
    {
        foreach (var ((type, property), index) in _valueIndexes)
        {
            if (type == record.Type)
            {
                AddValueLocked(index, record, property);
            }
        }
    }

    private static void AddValueLocked(Dictionary<string, List<long>> index, StoredRecord record, string property)
    {
        if (record.Properties.TryGetValue(property, out var value))
        {
            if (!index.TryGetValue(value, out var ids))
            {
                index[value] = ids = [];
            }

            if (!ids.Contains(record.Id))
            {
                ids.Add(record.Id);
            }
        }
    }

    private StoredRecord? FindByEmailLocked(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var key = email.ToLowerInvariant();
        if (!_emailIndex.TryGetValue(key, out var id))
        {
            return null;
        }

        var contacts = _records[HubSpotObjectType.Contacts];
        return contacts.TryGetValue(id, out var indexed) && !indexed.Archived && string.Equals(indexed.Properties.GetValueOrDefault("email"), email, StringComparison.OrdinalIgnoreCase)
            ? indexed
            : contacts.Values.FirstOrDefault(r => !r.Archived && string.Equals(r.Properties.GetValueOrDefault("email"), email, StringComparison.OrdinalIgnoreCase));
    }

    private void IndexEmailLocked(StoredRecord record)
    {
        if (record.Type == HubSpotObjectType.Contacts && record.Properties.GetValueOrDefault("email") is { } email)
        {
            _emailIndex[email.ToLowerInvariant()] = record.Id;
        }
    }
}
