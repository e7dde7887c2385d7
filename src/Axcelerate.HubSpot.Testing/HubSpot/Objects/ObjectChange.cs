namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>What happened to a record, as a webhook event type says it.</summary>
internal enum ObjectChangeKind
{
    Creation,
    PropertyChange,
    Deletion,
    Merge,
    AssociationChange,
}

/// <summary>One change to a record, raised by the store for webhook delivery.</summary>
internal sealed record ObjectChange(
    HubSpotObjectType Type,
    long ObjectId,
    ObjectChangeKind Kind,
    ChangeSource Source,
    DateTimeOffset OccurredAt,
    string? PropertyName = null,
    string? PropertyValue = null,
    IReadOnlyList<long>? MergedObjectIds = null,
    int NumberOfPropertiesMoved = 0)
{
    /// <summary>Who wrote it (<c>sourceId</c>): taken from <see cref="ChangeAttribution"/> when the change is made.</summary>
    public string? SourceId { get; init; } = ChangeAttribution.SourceId;

    /// <summary>For merges: the id of the record the merge produced (a new id for contacts and companies).</summary>
    public long? NewObjectId { get; init; }

    /// <summary>For association changes: the association as it was added or removed.</summary>
    public AssociationChangeInfo? Association { get; init; }
}

/// <summary>The details of an <c>associationChange</c> event.</summary>
internal sealed record AssociationChangeInfo(HubSpotObjectType ToType, long ToObjectId, bool Removed, bool IsPrimary);
