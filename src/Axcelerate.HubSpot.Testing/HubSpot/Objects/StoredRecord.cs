namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>The mutable state of one record inside <see cref="HubSpotStore"/>; only touched under the store's lock.</summary>
internal sealed class StoredRecord(HubSpotObjectType type, long id, DateTimeOffset createdAt)
{
    public HubSpotObjectType Type { get; } = type;

    public long Id { get; } = id;

    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public bool Archived { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }

    public long? MergedInto { get; set; }

    /// <summary>What the search index holds, newest last; a version is visible once its time has come.</summary>
    public List<SearchVersion> SearchVersions { get; } = [];

    public HubSpotRecord ToSnapshot() => new(Type, Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string>(Properties, StringComparer.Ordinal), CreatedAt, UpdatedAt, Archived, MergedInto?.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>A copy of a record as the search index will see it from <paramref name="VisibleAt"/> on.</summary>
internal sealed record SearchVersion(DateTimeOffset VisibleAt, HubSpotRecord Snapshot);
