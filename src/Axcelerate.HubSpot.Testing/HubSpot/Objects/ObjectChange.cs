namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>What happened to a record, as a webhook event type says it.</summary>
internal enum ObjectChangeKind
{
    Creation,
    PropertyChange,
    Deletion,
    Merge,
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
    int NumberOfPropertiesMoved = 0);
