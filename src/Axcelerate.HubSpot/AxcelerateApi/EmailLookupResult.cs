namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>How many records matched an email address exactly.</summary>
public enum EmailLookupOutcome
{
    /// <summary>No record has this email address.</summary>
    None,

    /// <summary>Exactly one record has it.</summary>
    One,

    /// <summary>More than one record has it: a duplicate the caller must resolve.</summary>
    Several,
}

/// <summary>The exact (case-insensitive) matches for an email address.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class EmailLookupResult<T>
    where T : class
{
    /// <summary>Creates the result.</summary>
    /// <param name="email">The address looked up.</param>
    /// <param name="matches">The records whose address equals it, ignoring case.</param>
    public EmailLookupResult(string email, IReadOnlyList<T> matches)
    {
        Email = email;
        Matches = matches ?? throw new ArgumentNullException(nameof(matches));
    }

    /// <summary>The address looked up.</summary>
    public string Email { get; }

    /// <summary>The exact matches.</summary>
    public IReadOnlyList<T> Matches { get; }

    /// <summary>None, One or Several.</summary>
    public EmailLookupOutcome Outcome => Matches.Count switch
    {
        0 => EmailLookupOutcome.None,
        1 => EmailLookupOutcome.One,
        _ => EmailLookupOutcome.Several,
    };

    /// <summary>The match when there is exactly one, otherwise <see langword="null"/>.</summary>
    public T? Single => Matches.Count == 1 ? Matches[0] : null;
}
