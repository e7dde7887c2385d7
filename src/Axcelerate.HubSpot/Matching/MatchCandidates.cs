namespace Axcelerate.HubSpot.Matching;

/// <summary>A contact of either system, as matching sees it.</summary>
/// <param name="Id">The record id in its own system.</param>
/// <param name="Email">The email address as stored.</param>
/// <param name="Fields">The record's full field view, for host rules that match on other keys; may be null.</param>
public sealed record ContactMatchCandidate(string Id, string? Email, IReadOnlyDictionary<string, string?>? Fields = null);

/// <summary>An organisation (aXcelerate) or company (HubSpot), as matching sees it.</summary>
/// <param name="Id">The record id in its own system.</param>
/// <param name="Name">The organisation name as stored.</param>
/// <param name="Fields">The record's full field view, for host rules that match on other keys; may be null.</param>
public sealed record OrganisationMatchCandidate(string Id, string? Name, IReadOnlyDictionary<string, string?>? Fields = null);

/// <summary>A user task / marketing opportunity (aXcelerate) or deal (HubSpot), as matching sees it.</summary>
/// <param name="Id">The record id in its own system.</param>
/// <param name="Name">The task or deal name as stored.</param>
/// <param name="Fields">The record's full field view, for host rules that match on other keys; may be null.</param>
public sealed record TaskMatchCandidate(string Id, string? Name, IReadOnlyDictionary<string, string?>? Fields = null);
