namespace Axcelerate.HubSpot.Storage;

/// <summary>Where an import of one entity stands, so it can resume after a restart.</summary>
/// <param name="Entity">The kind of record being imported.</param>
/// <param name="Cursor">The HubSpot paging cursor (<c>after</c>) of the next page, or null to start from the beginning.</param>
/// <param name="Counts">The running totals.</param>
public sealed record ImportCheckpoint(MappedEntity Entity, string? Cursor, ImportCounts Counts)
{
    /// <summary>True when the last page was imported.</summary>
    public bool IsComplete { get; init; }

    /// <summary>When the import started (UTC); the store keeps the first value it saw.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When the checkpoint was last saved (UTC); the store sets it.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// The stored version this checkpoint was read at: 0 for a new one. Saving checks it, so two runners (even on two
    /// hosts) cannot both advance the same import.
    /// </summary>
    public long Version { get; init; }
}
