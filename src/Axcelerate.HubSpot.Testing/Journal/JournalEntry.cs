namespace Axcelerate.HubSpot.Testing.Journal;

/// <summary>One request a sandbox server received, as it arrived (secrets redacted).</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query string.</param>
/// <param name="Query">The raw query string including the leading <c>?</c>, or empty.</param>
/// <param name="Headers">The request headers; secret-bearing ones (<c>Authorization</c>, <c>apitoken</c>, <c>wstoken</c>) are redacted.</param>
/// <param name="ContentType">The body's content type, or null.</param>
/// <param name="Body">The body as text, or empty.</param>
/// <param name="ReceivedAt">When the request arrived, by the sandbox's clock.</param>
public sealed record JournalEntry(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string Body,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The query string parsed into its parameters (the last value wins for repeated keys).</summary>
    public IReadOnlyDictionary<string, string> QueryParameters => ParseUrlEncoded(Query.TrimStart('?'));

    /// <summary>The body parsed as <c>application/x-www-form-urlencoded</c>.</summary>
    public IReadOnlyDictionary<string, string> FormParameters => ParseUrlEncoded(Body);

    private static Dictionary<string, string> ParseUrlEncoded(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(text))
        {
            result[pair.Key] = pair.Value.ToString();
        }

        return result;
    }
}
