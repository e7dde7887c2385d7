using System.Text.RegularExpressions;

namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// A last line of defence for text headed into a log table: masks bearer tokens, HubSpot private-app tokens and the
/// values of parameters named like secrets. Writers should never pass secrets; this catches the ones that slip through.
/// </summary>
internal static partial class SecretRedactor
{
    private const string Mask = "***";

    /// <summary>Returns the text with anything that looks like a secret replaced by <c>***</c>.</summary>
    /// <param name="text">The text to clean; null stays null.</param>
    /// <returns>The cleaned text.</returns>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var cleaned = BearerToken().Replace(text, "$1" + Mask);
        cleaned = PrivateAppToken().Replace(cleaned, Mask);
        cleaned = NamedSecret().Replace(cleaned, "$1$2" + Mask);
        cleaned = FormToken().Replace(cleaned, "$1" + Mask);
        return FormAuthorizationCode().Replace(cleaned, "$1" + Mask);
    }

    [GeneratedRegex(@"(?i)(bearer\s+)[A-Za-z0-9\-._~+/]+=*")]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(?i)\bpat-[a-z0-9]+-[0-9a-f\-]{8,}")]
    private static partial Regex PrivateAppToken();

    [GeneratedRegex(@"(?i)\b(api_?token|ws_?token|access_?token|refresh_?token|client_?secret|api_?key|hapikey|password|secret)(""?\s*[:=]\s*""?)([^""&\s,;}]+)")]
    private static partial Regex NamedSecret();

    // The token of an OAuth revocation (token=...&token_type_hint=refresh_token); token_type_hint stays.
    [GeneratedRegex(@"(?i)((?:^|[?&])token=)([^&\s]+)")]
    private static partial Regex FormToken();

    // An OAuth authorization code in a form body or query string (code=...); JSON error codes ("code": "...") stay.
    [GeneratedRegex(@"(?i)((?:^|[?&])code=)([^&\s]+)")]
    private static partial Regex FormAuthorizationCode();
}
