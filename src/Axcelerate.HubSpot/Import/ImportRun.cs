namespace Axcelerate.HubSpot.Import;

/// <summary>
/// What the pages of one import run share: how many HubSpot records the run still expects (when HubSpot's count is
/// known), the keys written in this run, and the entity's match index when one was read.
/// </summary>
internal sealed class ImportRun
{
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    /// <summary>HubSpot records the run has still to import, counting the current page; null when unknown.</summary>
    public long? RemainingRecords { get; set; }

    /// <summary>The index of the aXcelerate records by match key, read once for the run; null when none was read.</summary>
    public MatchIndex? Index { get; set; }

    /// <summary>True once the run decided to read the index (read, or given up over budget): it is not tried again.</summary>
    public bool IndexDecided { get; set; }

    /// <summary>Notes a key whose aXcelerate records this run wrote: the index no longer answers for it.</summary>
    public void Written(string? key)
    {
        if (key is not null)
        {
            _written.Add(key);
        }
    }

    /// <summary>The indexed records with this key, or null when the index cannot answer (none read, or written since).</summary>
    public IReadOnlyList<AxcelerateView>? Find(string key) =>
        Index is { } index && !_written.Contains(key) ? index.Find(key) : null;
}

/// <summary>A snapshot of an account's records by match key (e.g. normalised email), read a page at a time.</summary>
internal sealed class MatchIndex
{
    private readonly Dictionary<string, List<AxcelerateView>> _byKey = new(StringComparer.Ordinal);

    public void Add(string? key, AxcelerateView record)
    {
        if (key is null)
        {
            return;
        }

        if (!_byKey.TryGetValue(key, out var list))
        {
            _byKey[key] = list = [];
        }

        list.Add(record);
    }

    public IReadOnlyList<AxcelerateView> Find(string key) => _byKey.TryGetValue(key, out var list) ? list : [];
}
