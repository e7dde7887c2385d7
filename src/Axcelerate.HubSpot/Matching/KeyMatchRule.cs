namespace Axcelerate.HubSpot.Matching;

/// <summary>A rule that compares one normalised key of the record with the same key of each candidate.</summary>
/// <typeparam name="TCandidate">The candidate type.</typeparam>
public abstract class KeyMatchRule<TCandidate> : IMatchRule<TCandidate>
{
    /// <inheritdoc />
    public MatchResult<TCandidate> Match(TCandidate record, IEnumerable<TCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var key = NormalizedKey(record);
        if (key is null)
        {
            return MatchResult.From<TCandidate>([]);
        }

        var matches = candidates.Where(c => c is not null && string.Equals(NormalizedKey(c), key, StringComparison.Ordinal)).ToList();
        return MatchResult.From<TCandidate>(matches);
    }

    /// <summary>Returns the record's normalised key, or null when it has none (a record without a key matches nothing).</summary>
    /// <param name="item">The record or candidate.</param>
    /// <returns>The key, or null.</returns>
    protected abstract string? NormalizedKey(TCandidate item);
}

/// <summary>Matches contacts by email: exact after trimming, case-insensitive. Several contacts with the email are Ambiguous.</summary>
public sealed class EmailMatchRule : KeyMatchRule<ContactMatchCandidate>
{
    /// <inheritdoc />
    protected override string? NormalizedKey(ContactMatchCandidate item) => MatchKeys.Email(item?.Email);
}

/// <summary>Matches organisations and companies by name normalised with <see cref="MatchKeys.OrganisationName"/>.</summary>
public sealed class OrganisationNameMatchRule : KeyMatchRule<OrganisationMatchCandidate>
{
    /// <inheritdoc />
    protected override string? NormalizedKey(OrganisationMatchCandidate item) => MatchKeys.OrganisationName(item?.Name);
}

/// <summary>Matches user tasks and deals by exact name (case-sensitive; surrounding white space ignored).</summary>
public sealed class TaskNameMatchRule : KeyMatchRule<TaskMatchCandidate>
{
    /// <inheritdoc />
    protected override string? NormalizedKey(TaskMatchCandidate item) => MatchKeys.TaskName(item?.Name);
}
