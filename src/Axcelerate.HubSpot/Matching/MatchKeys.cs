using System.Globalization;
using System.Text;

namespace Axcelerate.HubSpot.Matching;

/// <summary>The normal forms the built-in rules compare; use them for searching and hashing too.</summary>
public static class MatchKeys
{
    /// <summary>Trims and lower-cases an email address; null when blank. Gmail dots and +tags are kept.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The key, or null.</returns>
    public static string? Email(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>
    /// Normalises an organisation name: case and accents folded, punctuation removed, <c>&amp;</c> read as "and",
    /// white space collapsed. Legal suffixes are kept ("Acme Pty Ltd" ≠ "Acme"), because dropping them would link
    /// different legal entities; "Acme Pty. Ltd." and "ACME PTY LTD" are equal. Null when nothing is left.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The key, or null.</returns>
    public static string? OrganisationName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
            {
                continue;
            }

            if (c == '&')
            {
                Append(builder, "and", ref pendingSpace);
                pendingSpace = true;
            }
            else if (char.IsLetterOrDigit(c))
            {
                Append(builder, char.ToLowerInvariant(c).ToString(), ref pendingSpace);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>Returns a task or deal name as its key: exact, only surrounding white space is ignored; null when blank.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The key, or null.</returns>
    public static string? TaskName(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    private static void Append(StringBuilder builder, string text, ref bool pendingSpace)
    {
        if (pendingSpace && builder.Length > 0)
        {
            builder.Append(' ');
        }

        pendingSpace = false;
        builder.Append(text);
    }
}
