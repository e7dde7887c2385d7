using Axcelerate.HubSpot.Matching;

namespace Axcelerate.HubSpot.Users;

/// <summary>The outcome of automatic linking for one HubSpot owner.</summary>
/// <param name="HubSpotOwnerId">The owner.</param>
/// <param name="Email">The owner's email, normalised with <see cref="MatchKeys.Email"/>; null when it has none (then <paramref name="Outcome"/> is <see cref="MatchOutcome.None"/>).</param>
/// <param name="Outcome">
/// How many active aXcelerate users have the owner's email: <see cref="MatchOutcome.Unique"/> links (unless the owner
/// was linked already), <see cref="MatchOutcome.Ambiguous"/> leaves the choice to an administrator. For an owner that
/// was already linked it describes the existing link.
/// </param>
/// <param name="CandidateContactIds">The aXcelerate users' contact ids that matched (one when unique, several when ambiguous), or the existing link's.</param>
public sealed record UserAutoLinkResult(string HubSpotOwnerId, string? Email, MatchOutcome Outcome, IReadOnlyList<long> CandidateContactIds)
{
    /// <summary>True when this run linked the owner.</summary>
    public bool Linked { get; init; }

    /// <summary>True when the owner already had a link (automatic or set by hand), which automatic linking never changes.</summary>
    public bool WasAlreadyLinked { get; init; }
}
