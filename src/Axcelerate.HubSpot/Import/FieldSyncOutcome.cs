namespace Axcelerate.HubSpot.Import;

/// <summary>What the Sync Fields tool did (or, in a dry run, would do) with one linked record.</summary>
public enum FieldSyncOutcome
{
    /// <summary>At least one chosen field differed and was written to the target system.</summary>
    Updated,

    /// <summary>The chosen fields already hold the same values (or a sync rule leaves them alone): nothing was written.</summary>
    Unchanged,

    /// <summary>Nothing was written for the record: a value did not convert, a record is gone, or the target refused the write; <see cref="FieldSyncRecordResult.Reason"/> says why.</summary>
    Failed,
}
