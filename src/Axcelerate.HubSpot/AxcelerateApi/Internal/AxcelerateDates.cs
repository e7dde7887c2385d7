using System.Globalization;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>Reads and writes the date formats aXcelerate uses; values without an offset are in the account's time zone.</summary>
internal static class AxcelerateDates
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd hh:mm tt",
        "yyyy-MM-dd h:mm tt",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd hh:mm:ss tt",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm",
        "yyyy-MM-dd",
        "dd/MM/yyyy",
        "dd/MM/yyyy HH:mm",
    ];

    /// <summary>Parses any aXcelerate date/time text; <see langword="null"/> when blank or unrecognised.</summary>
    public static DateTimeOffset? ParseDateTime(string? text, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (HasExplicitOffset(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset;
        }

        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return null;
        }

        return InZone(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }

    /// <summary>Parses text that aXcelerate documents as UTC (fields suffixed <c>UTC</c>).</summary>
    public static DateTimeOffset? ParseUtc(string? text) => ParseDateTime(text, TimeZoneInfo.Utc);

    /// <summary>Reads the calendar date of any aXcelerate date/time text, before any time-zone conversion.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Length >= 10
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dmy) ? dmy : null;
    }

    /// <summary>Formats a date as aXcelerate expects in requests: <c>yyyy-MM-dd</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats an instant in the account's time zone as <c>yyyy-MM-dd HH:mm</c>.</summary>
    public static string FormatDateTime(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static bool HasExplicitOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return true;
        }

        var timeSeparator = text.IndexOf('T', StringComparison.Ordinal);
        if (timeSeparator < 0)
        {
            return false;
        }

        var time = text.AsSpan(timeSeparator);
        return time.Contains('+') || time.Contains('-');
    }

    private static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            // A wall-clock time skipped by daylight saving: move it forward by the gap, as the account's clock would.
            local = local.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
