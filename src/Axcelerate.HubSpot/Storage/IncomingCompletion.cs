namespace Axcelerate.HubSpot.Storage;

/// <summary>How one claimed attempt at an incoming entry ended, written only while the claim still holds.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Attempt">The attempt number the claim returned (<see cref="IncomingLogEntry.Attempts"/>); a later claim of the same entry makes this one stale.</param>
/// <param name="Status">
/// The outcome: <see cref="IncomingStatus.Succeeded"/>, <see cref="IncomingStatus.Failed"/>, <see cref="IncomingStatus.Skipped"/>,
/// or <see cref="IncomingStatus.Pending"/> to run again at <see cref="RetryAt"/> after a transient failure.
/// </param>
public sealed record IncomingCompletion(long Id, int Attempt, IncomingStatus Status)
{
    /// <summary>Why it failed, was skipped or will be retried; null on success. Secrets are redacted before storing.</summary>
    public string? Error { get; init; }

    /// <summary>What was done, in words; null when nothing was. Secrets are redacted before storing.</summary>
    public string? Result { get; init; }

    /// <summary>For <see cref="IncomingStatus.Pending"/>: the earliest time the entry runs again (UTC).</summary>
    public DateTimeOffset? RetryAt { get; init; }
}
