namespace Axcelerate.HubSpot.Users;

/// <summary>The outcome of automatic linking for one HubSpot owner.</summary>
/// <param name="HubSpotOwnerId">The owner.</param>
/// <param name="Email">The owner's email, trimmed and lower-cased; null when it has none.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="CandidateContactIds">The aXcelerate users' contact ids with that email (one when linked, several when ambiguous).</param>
public sealed record UserAutoLinkResult(string HubSpotOwnerId, string? Email, UserAutoLinkOutcome Outcome, IReadOnlyList<long> CandidateContactIds);
