namespace Axcelerate.HubSpot.Mapping;

/// <summary>
/// Allocation-free parsing and single-allocation formatting of the fixed-width ISO forms both systems send most often
/// (<c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm[:ss]</c>, <c>yyyy-MM-ddTHH:mm:ss[.fff]Z</c>). The parsers accept only those
/// exact shapes and answer false for anything else, so callers fall back to the general .NET parsers: the result of a
/// value is the same either way, only faster on the common shapes.
/// </summary>
internal static class IsoDate
{
    /// <summary>Parses <c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm</c> or <c>yyyy-MM-dd HH:mm:ss</c> (' ' or 'T' between) as an unspecified-kind time.</summary>
    public static bool TryParseLocal(string text, out DateTime value)
    {
        value = default;
        if (text.Length is not (10 or 16 or 19) || !TryDate(text, out var year, out var month, out var day))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        if (text.Length > 10)
        {
            if (text[10] is not (' ' or 'T') || !TryTime(text, 11, text.Length == 19, out hour, out minute, out second))
            {
                return false;
            }
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Parses <c>yyyy-MM-ddTHH:mm:ssZ</c> or <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> as a UTC instant.</summary>
    public static bool TryParseUtc(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length is not (20 or 24) || text[10] != 'T' || text[^1] != 'Z' ||
            !TryDate(text, out var year, out var month, out var day) ||
            !TryTime(text, 11, true, out var hour, out var minute, out var second))
        {
            return false;
        }

        var millisecond = 0;
        if (text.Length == 24 && (text[19] != '.' || !TryDigits(text, 20, 3, out millisecond)))
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
        return true;
    }

    /// <summary>Writes <c>yyyy-MM-dd</c>.</summary>
    public static string Format(DateOnly date) => string.Create(10, date, static (span, d) => WriteDate(span, d.Year, d.Month, d.Day));

    /// <summary>Writes <c>yyyy-MM-dd HH:mm</c>.</summary>
    public static string FormatMinutes(DateTime time) => string.Create(16, time, static (span, t) =>
    {
        WriteDate(span, t.Year, t.Month, t.Day);
        span[10] = ' ';
        Write(span[11..], t.Hour, 2);
        span[13] = ':';
        Write(span[14..], t.Minute, 2);
    });

    /// <summary>Writes <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> of a UTC time.</summary>
    public static string FormatUtcMilliseconds(DateTime utc) => string.Create(24, utc, static (span, t) =>
    {
        WriteDate(span, t.Year, t.Month, t.Day);
        span[10] = 'T';
        Write(span[11..], t.Hour, 2);
        span[13] = ':';
        Write(span[14..], t.Minute, 2);
        span[16] = ':';
        Write(span[17..], t.Second, 2);
        span[19] = '.';
        Write(span[20..], t.Millisecond, 3);
        span[23] = 'Z';
    });

    private static bool TryDate(string text, out int year, out int month, out int day)
    {
        month = day = 0;
        if (!TryDigits(text, 0, 4, out year) || text[4] != '-' || !TryDigits(text, 5, 2, out month) || text[7] != '-' ||
            !TryDigits(text, 8, 2, out day))
        {
            return false;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TryTime(string text, int start, bool withSeconds, out int hour, out int minute, out int second)
    {
        minute = second = 0;
        if (!TryDigits(text, start, 2, out hour) || text[start + 2] != ':' || !TryDigits(text, start + 3, 2, out minute))
        {
            return false;
        }

        if (withSeconds && (text[start + 5] != ':' || !TryDigits(text, start + 6, 2, out second)))
        {
            return false;
        }

        return hour <= 23 && minute <= 59 && second <= 59;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void WriteDate(Span<char> span, int year, int month, int day)
    {
        Write(span, year, 4);
        span[4] = '-';
        Write(span[5..], month, 2);
        span[7] = '-';
        Write(span[8..], day, 2);
    }

    private static void Write(Span<char> span, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
