namespace Axcelerate.HubSpot.TestKit.Http;

/// <summary>Reads <c>application/x-www-form-urlencoded</c> text (a query string or a form body).</summary>
public static class UrlEncoded
{
    /// <summary>The pairs of <paramref name="text"/> (a leading <c>?</c> is ignored), decoded, in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).TrimStart('?');
        return trimmed.Length == 0
            ? []
            : trimmed.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Select(parts => new KeyValuePair<string, string>(Decode(parts[0]), parts.Length > 1 ? Decode(parts[1]) : string.Empty))
                .ToList();
    }

    /// <summary>One field of <paramref name="text"/> (the first with that name), or null.</summary>
    public static string? Field(string? text, string name) =>
        Parse(text).Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    /// <summary>The pairs as a dictionary; a repeated name throws, so a test never reads one of two values by accident.</summary>
    internal static IReadOnlyDictionary<string, string> ToMap(IEnumerable<KeyValuePair<string, string>> pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
