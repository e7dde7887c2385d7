namespace Axcelerate.HubSpot.Matching;

/// <summary>How many candidates a record matched.</summary>
public enum MatchOutcome
{
    /// <summary>No candidate matched (or the record has no key): create a new record.</summary>
    None,

    /// <summary>Exactly one candidate matched: link to it.</summary>
    Unique,

    /// <summary>Several candidates matched: never link; report it for a person to resolve.</summary>
    Ambiguous,
}
