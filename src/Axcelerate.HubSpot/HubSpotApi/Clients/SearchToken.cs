using System.Globalization;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>
/// The continuation token of a windowed search: <c>s1:{last hs_object_id of earlier windows}:{after}</c>, either part
/// possibly empty. Opaque to callers.
/// </summary>
internal static class SearchToken
{
    private const string Prefix = "s1:";

    public static string Format(string? floor, string? after) => Prefix + floor + ":" + after;

    public static (string? Floor, string? After) Parse(string? token)
    {
        if (token is null)
        {
            return (null, null);
        }

        var parts = token.StartsWith(Prefix, StringComparison.Ordinal) ? token[Prefix.Length..].Split(':') : [];
        if (parts.Length != 2 || !IsNumberOrEmpty(parts[0]) || !IsNumberOrEmpty(parts[1]))
        {
            throw new ArgumentException($"'{token}' is not a continuation token of this search; pass one from a page of SearchAsync.", nameof(token));
        }

        return (parts[0].Length == 0 ? null : parts[0], parts[1].Length == 0 ? null : parts[1]);
    }

    private static bool IsNumberOrEmpty(string text) => text.Length == 0 || long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
