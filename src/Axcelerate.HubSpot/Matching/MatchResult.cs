namespace Axcelerate.HubSpot.Matching;

/// <summary>The outcome of matching one record against candidates of the other system.</summary>
/// <typeparam name="TCandidate">The candidate type.</typeparam>
/// <param name="Outcome">None, Unique or Ambiguous.</param>
/// <param name="Candidates">The matching candidates: none, one, or all of the ambiguous ones.</param>
public sealed record MatchResult<TCandidate>(MatchOutcome Outcome, IReadOnlyList<TCandidate> Candidates)
{
    /// <summary>The single match when <see cref="Outcome"/> is <see cref="MatchOutcome.Unique"/>; otherwise default. Ambiguous results never have one.</summary>
    public TCandidate? Match => Outcome == MatchOutcome.Unique ? Candidates[0] : default;
}

/// <summary>Builds match results.</summary>
public static class MatchResult
{
    /// <summary>Builds the result from the candidates that matched.</summary>
    /// <typeparam name="TCandidate">The candidate type.</typeparam>
    /// <param name="matches">The matching candidates.</param>
    /// <returns>None for zero, Unique for one, Ambiguous for more.</returns>
    public static MatchResult<TCandidate> From<TCandidate>(IReadOnlyList<TCandidate> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return new(matches.Count switch { 0 => MatchOutcome.None, 1 => MatchOutcome.Unique, _ => MatchOutcome.Ambiguous }, matches);
    }
}
