namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>Why a store write was refused.</summary>
internal enum StoreError
{
    None,
    NotFound,
    DuplicateEmail,
}

/// <summary>The outcome of a store write: the record, or the reason it failed (with the conflicting id for duplicates).</summary>
internal readonly record struct StoreResult(HubSpotRecord? Record, StoreError Error, long ConflictingId = 0)
{
    public static StoreResult Ok(HubSpotRecord record) => new(record, StoreError.None);

    public static StoreResult Fail(StoreError error, long conflictingId = 0) => new(null, error, conflictingId);
}
