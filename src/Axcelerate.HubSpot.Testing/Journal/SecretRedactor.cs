using System.Text.RegularExpressions;

namespace Axcelerate.HubSpot.Testing.Journal;

/// <summary>
/// Masks the secrets a request can carry outside its headers: OAuth form fields and query parameters (client secret,
/// authorisation code, tokens) and the token segment of HubSpot's legacy token paths.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    /// <summary>Masks secret parameters in a <c>key=value&amp;...</c> text (a form body or a query string).</summary>
    public static string RedactParameters(string text) =>
        string.IsNullOrEmpty(text) ? text : SecretParameter().Replace(text, match => match.Groups["key"].Value + "=" + Mask);

    /// <summary>Masks a token carried as the last segment of <c>/oauth/v1/refresh-tokens/{t}</c> or <c>/oauth/v1/access-tokens/{t}</c>.</summary>
    public static string RedactPath(string path) => TokenPath().Replace(path, match => match.Groups["prefix"].Value + Mask);

    [GeneratedRegex(@"(?<=^|[?&])(?<key>client_secret|code|code_verifier|refresh_token|access_token|token|client_assertion|apitoken|wstoken)=[^&]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();

    [GeneratedRegex(@"(?<prefix>/oauth/v\d+/(refresh|access)-tokens/)[^/?]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPath();
}
