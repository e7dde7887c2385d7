namespace Axcelerate.HubSpot.Matching;

/// <summary>
/// Decides which candidates of one system are the same thing as a record of the other. Replace the registered rule
/// (e.g. <c>services.AddSingleton&lt;IMatchRule&lt;ContactMatchCandidate&gt;, MyUsiRule&gt;()</c>) to match on other keys;
/// candidates carry their full field view in <c>Fields</c> for that purpose.
/// </summary>
/// <typeparam name="TCandidate">The candidate type: <see cref="ContactMatchCandidate"/>, <see cref="OrganisationMatchCandidate"/> or <see cref="TaskMatchCandidate"/>.</typeparam>
public interface IMatchRule<TCandidate>
{
    /// <summary>Matches a record against candidates from the other system.</summary>
    /// <param name="record">The record to match, described like a candidate.</param>
    /// <param name="candidates">The candidates, e.g. the result of a search by the record's key.</param>
    /// <returns>None, Unique or Ambiguous with the matching candidates.</returns>
    MatchResult<TCandidate> Match(TCandidate record, IEnumerable<TCandidate> candidates);
}
