namespace Axcelerate.HubSpot.Import;

/// <summary>What an import did (or, in a dry run, would do) with one HubSpot record.</summary>
public enum ImportOutcome
{
    /// <summary>No aXcelerate record matched: one was created and linked.</summary>
    Created,

    /// <summary>Exactly one aXcelerate record matched: it was linked and updated with the mapped values that differ.</summary>
    Linked,

    /// <summary>Already linked: the mapped values that differ were written to the linked aXcelerate record.</summary>
    Updated,

    /// <summary>Already linked and nothing differs: nothing was written.</summary>
    Unchanged,

    /// <summary>Left alone: not selected, excluded, or without the key it is matched by (e.g. no email address).</summary>
    Skipped,

    /// <summary>Several aXcelerate records matched: nothing was written; <see cref="ImportRecordResult.CandidateIds"/> lists them.</summary>
    Ambiguous,

    /// <summary>Nothing was written because a value did not convert or aXcelerate refused the write; <see cref="ImportRecordResult.Reason"/> says why.</summary>
    Failed,
}
