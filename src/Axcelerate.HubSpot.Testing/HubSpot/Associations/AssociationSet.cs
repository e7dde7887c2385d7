using System.Collections;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Associations;

/// <summary>
/// The portal's associations: a set of edges indexed by the record each starts from and the record each ends at, so
/// that finding a record's associations reads only that record's edges (not every edge of the portal), and a record of
/// what one write added and removed, so that a write's events need no copy of the whole set to diff against. Not
/// thread-safe: the store's lock guards it.
/// </summary>
internal sealed class AssociationSet : IEnumerable<AssociationEdge>
{
    private static readonly HashSet<AssociationEdge> None = [];
    private readonly HashSet<AssociationEdge> _edges = [];
    private readonly Dictionary<(HubSpotObjectType Type, long Id), HashSet<AssociationEdge>> _from = [];
    private readonly Dictionary<(HubSpotObjectType Type, long Id), HashSet<AssociationEdge>> _to = [];
    private Dictionary<AssociationEdge, bool>? _changes;
    private List<AssociationEdge>? _changeOrder;

    /// <summary>The number of edges.</summary>
    public int Count => _edges.Count;

    /// <summary>How many edges the last queries and writes looked at: the work the index saves is visible in tests.</summary>
    public long EdgesVisited { get; private set; }

    /// <summary>True when the edge exists.</summary>
    public bool Contains(AssociationEdge edge) => _edges.Contains(edge);

    /// <summary>Adds an edge; true when it was new.</summary>
    public bool Add(AssociationEdge edge)
    {
        if (!_edges.Add(edge))
        {
            return false;
        }

        Bucket(_from, (edge.FromType, edge.FromId)).Add(edge);
        Bucket(_to, (edge.ToType, edge.ToId)).Add(edge);
        Note(edge, added: true);
        return true;
    }

    /// <summary>Removes an edge; true when it existed.</summary>
    public bool Remove(AssociationEdge edge)
    {
        if (!_edges.Remove(edge))
        {
            return false;
        }

        Unbucket(_from, (edge.FromType, edge.FromId), edge);
        Unbucket(_to, (edge.ToType, edge.ToId), edge);
        Note(edge, added: false);
        return true;
    }

    /// <summary>The edges starting at a record (a snapshot: safe to change the set while going through it).</summary>
    public List<AssociationEdge> From(HubSpotObjectType type, long id) => Visit(_from.GetValueOrDefault((type, id)) ?? None);

    /// <summary>The edges ending at a record (a snapshot).</summary>
    public List<AssociationEdge> To(HubSpotObjectType type, long id) => Visit(_to.GetValueOrDefault((type, id)) ?? None);

    /// <summary>Starts recording the edges added and removed, until <see cref="EndChanges"/>.</summary>
    public void BeginChanges()
    {
        _changes = [];
        _changeOrder = [];
    }

    /// <summary>
    /// Stops recording and returns the net difference since <see cref="BeginChanges"/> (an edge added then removed is
    /// neither): the added edges, then the removed ones, each in the order they changed.
    /// </summary>
    public (List<AssociationEdge> Added, List<AssociationEdge> Removed) EndChanges()
    {
        var changes = _changes ?? [];
        var order = _changeOrder ?? [];
        _changes = null;
        _changeOrder = null;
        List<AssociationEdge> added = [], removed = [];
        foreach (var edge in order)
        {
            if (changes.Remove(edge, out var wasAdded))
            {
                (wasAdded ? added : removed).Add(edge);
            }
        }

        return (added, removed);
    }

    /// <inheritdoc />
    public IEnumerator<AssociationEdge> GetEnumerator() => _edges.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<AssociationEdge> Visit(HashSet<AssociationEdge> edges)
    {
        EdgesVisited += edges.Count;
        return [.. edges];
    }

    private void Note(AssociationEdge edge, bool added)
    {
        if (_changes is null)
        {
            return;
        }

        // Net effect against the state when recording began: a second, opposite change cancels the first.
        if (_changes.Remove(edge, out var earlier))
        {
            if (earlier == added)
            {
                _changes[edge] = added;
            }

            return;
        }

        _changes[edge] = added;
        _changeOrder!.Add(edge);
    }

    private static HashSet<AssociationEdge> Bucket(Dictionary<(HubSpotObjectType, long), HashSet<AssociationEdge>> index, (HubSpotObjectType, long) key)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            index[key] = bucket = [];
        }

        return bucket;
    }

    private static void Unbucket(Dictionary<(HubSpotObjectType, long), HashSet<AssociationEdge>> index, (HubSpotObjectType, long) key, AssociationEdge edge)
    {
        if (index.TryGetValue(key, out var bucket) && bucket.Remove(edge) && bucket.Count == 0)
        {
            index.Remove(key);
        }
    }
}
