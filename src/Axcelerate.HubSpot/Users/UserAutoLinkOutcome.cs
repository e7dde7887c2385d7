namespace Axcelerate.HubSpot.Users;

/// <summary>What automatic linking did for one HubSpot owner.</summary>
public enum UserAutoLinkOutcome
{
    /// <summary>Linked to the one aXcelerate user with the same email.</summary>
    Linked,

    /// <summary>Left alone: the owner already had a link (automatic or set by hand).</summary>
    AlreadyLinked,

    /// <summary>No aXcelerate user has the owner's email.</summary>
    NoMatch,

    /// <summary>Several aXcelerate users have the owner's email; an administrator must choose.</summary>
    Ambiguous,

    /// <summary>The owner has no email to match on.</summary>
    NoEmail,
}
