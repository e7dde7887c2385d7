namespace Axcelerate.HubSpot.Linking;

/// <summary>Whether an aXcelerate record is linked to a HubSpot record.</summary>
public enum HubSpotProfileState
{
    /// <summary>The record is not linked: search for a HubSpot record to link, or export it.</summary>
    Unlinked,

    /// <summary>The record is linked and the HubSpot record was read.</summary>
    Linked,

    /// <summary>The record is linked, but HubSpot no longer has the linked record (deleted there): unlink it.</summary>
    LinkedRecordMissing,
}

/// <summary>The HubSpot side of an aXcelerate record: the linked record's mapped properties and its address in HubSpot, or the statement that it is unlinked.</summary>
public sealed class HubSpotProfile
{
    /// <summary>The kind of record.</summary>
    public required MappedEntity Entity { get; init; }

    /// <summary>The aXcelerate id (contact, organisation or task id).</summary>
    public required long AxcelerateId { get; init; }

    /// <summary>Whether the record is linked, and whether the linked HubSpot record still exists.</summary>
    public required HubSpotProfileState State { get; init; }

    /// <summary>True when the record is linked (even when HubSpot no longer has the linked record).</summary>
    public bool IsLinked => State != HubSpotProfileState.Unlinked;

    /// <summary>The linked HubSpot id; null when unlinked.</summary>
    public string? HubSpotId { get; init; }

    /// <summary>The linked record's address in HubSpot's UI; null when unlinked.</summary>
    public Uri? Address { get; init; }

    /// <summary>When the link was made (UTC); null when unlinked.</summary>
    public DateTimeOffset? LinkedAt { get; init; }

    /// <summary>The HubSpot record's values of the entity's active mapped properties, by property name; empty when unlinked or missing.</summary>
    public IReadOnlyDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();
}
