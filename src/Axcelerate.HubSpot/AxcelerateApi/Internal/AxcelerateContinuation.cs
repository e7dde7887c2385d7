using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>
/// The continuation tokens of aXcelerate enumerations: the next <c>offset</c> and, for day-window walks, the day. Opaque
/// to callers (base64url text), versioned so a future format can still read these.
/// </summary>
internal static class AxcelerateContinuation
{
    private const string Prefix = "ax1";

    public static string Encode(int offset, DateOnly? day = null)
    {
        var text = day is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{Prefix}|{offset}|{d:yyyy-MM-dd}")
            : string.Create(CultureInfo.InvariantCulture, $"{Prefix}|{offset}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    public static (int Offset, DateOnly? Day) Decode(string? token)
    {
        if (token is null)
        {
            return (0, null);
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        var parts = text.Split('|');
        if (parts.Length is < 2 or > 3 || parts[0] != Prefix
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw Invalid();
        }

        if (parts.Length == 2)
        {
            return (offset, null);
        }

        return DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (offset, day)
            : throw Invalid();
    }

    private static ArgumentException Invalid() =>
        new("The continuation token was not issued by an aXcelerate enumeration of this client (or is corrupted).", "continuationToken");
}
