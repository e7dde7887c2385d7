using System.Globalization;
using System.Net.Mail;

namespace Axcelerate.HubSpot.Mapping;

/// <summary>Converts single values between aXcelerate's and HubSpot's representation of each <see cref="FieldType"/>.</summary>
/// <remarks>
/// Blank input (null or white space) converts to an empty string, which clears the target field. Dates: HubSpot holds
/// them as midnight UTC (<c>yyyy-MM-dd</c> is written); aXcelerate holds local dates and times of the account's time
/// zone (<c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm</c>). Multi-select values are <c>;</c>-separated in HubSpot and
/// comma-separated in aXcelerate (the documented bracket form <c>['A,B','C']</c> when a value holds a comma); both are
/// de-duplicated and sorted so that equal sets compare equal.
/// </remarks>
internal static class FieldValueConverter
{
    private const int HubSpotMaxText = 65_536;
    private static readonly string[] AxcelerateDateTimeFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd hh:mm tt", "yyyy-MM-dd h:mm tt", "yyyy-MM-dd",
    ];

    public static Conversion ToHubSpot(FieldType type, string? value, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Conversion.Blank;
        }

        return type switch
        {
            FieldType.Text => value.Length > HubSpotMaxText ? Conversion.Fail($"longer than HubSpot's limit of {HubSpotMaxText} characters") : Conversion.Ok(value),
            FieldType.Number => Number(value),
            FieldType.Date => AxcelerateDateToHubSpot(value),
            FieldType.DateTime => LocalToUtc(value, zone),
            FieldType.Boolean => Boolean(value),
            FieldType.SingleSelect => Conversion.Ok(value.Trim()),
            FieldType.MultiSelect => MultiToHubSpot(value),
            FieldType.Phone => Phone(value),
            FieldType.Email => Email(value),
            FieldType.AustralianState => State(value),
            _ => Conversion.Fail("unknown field type"),
        };
    }

    public static Conversion ToAxcelerate(FieldType type, string? value, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Conversion.Blank;
        }

        return type switch
        {
            FieldType.Text => Conversion.Ok(value),
            FieldType.Number => Number(value),
            FieldType.Date => HubSpotDate(value, zone),
            FieldType.DateTime => HubSpotInstant(value) is not { } i
                ? Conversion.Fail("expected epoch milliseconds or an ISO 8601 date-time")
                : ToLocal(i, zone) is { } local
                    ? Conversion.Ok(IsoDate.FormatMinutes(local))
                    : Conversion.Fail($"{value.Trim()} is outside the years 0001 to 9999 in {zone.Id}"),
            FieldType.Boolean => Boolean(value),
            FieldType.SingleSelect => Conversion.Ok(value.Trim()),
            FieldType.MultiSelect => MultiToAxcelerate(value),
            FieldType.Phone => Phone(value),
            FieldType.Email => Email(value),
            FieldType.AustralianState => State(value),
            _ => Conversion.Fail("unknown field type"),
        };
    }

    private static Conversion Number(string value)
    {
        // Plain decimals ("20260412", "1234.50") are canonicalised without a decimal round trip; anything else
        // (exponents, a leading '+', very long numbers) takes the general path below.
        if (PlainDecimal.TryCanonical(value, out var canonical))
        {
            return Conversion.Ok(canonical);
        }

        if (!decimal.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Conversion.Fail("expected a number written with the invariant culture, such as 1234.5");
        }

        return Conversion.Ok(number.ToString("0.############################", CultureInfo.InvariantCulture));
    }

    private static readonly Conversion True = Conversion.Ok("true");
    private static readonly Conversion False = Conversion.Ok("false");

    private static Conversion Boolean(string value)
    {
        var trimmed = value.AsSpan().Trim();
        if (trimmed.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || trimmed.SequenceEqual("1") ||
            trimmed.Equals("YES", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Y", StringComparison.OrdinalIgnoreCase))
        {
            return True;
        }

        if (trimmed.Equals("FALSE", StringComparison.OrdinalIgnoreCase) || trimmed.SequenceEqual("0") ||
            trimmed.Equals("NO", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("N", StringComparison.OrdinalIgnoreCase))
        {
            return False;
        }

        return Conversion.Fail("expected true/false, 1/0 or yes/no");
    }

    private static Conversion Phone(string value)
    {
        var trimmed = value.Trim();
        Span<char> buffer = trimmed.Length <= 64 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        var length = 0;
        var digits = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
                digits++;
            }
            else if (c == '+' && length == 0)
            {
                buffer[length++] = c;
            }
            else if (c is not (' ' or '(' or ')' or '-' or '.' or '/'))
            {
                return Conversion.Fail("expected a phone number: digits, spaces, ( ) - . / and an optional leading +");
            }
        }

        if (digits < 3)
        {
            return Conversion.Fail("expected a phone number with at least 3 digits");
        }

        return Conversion.Ok(length == trimmed.Length ? trimmed : new string(buffer[..length]));
    }

    private static Conversion Email(string value)
    {
        var email = value.Trim().ToLowerInvariant();
        if (EmailShape.IsPlainAscii(email))
        {
            return Conversion.Ok(email);
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        var valid = at > 0 && at == email.LastIndexOf('@') && !HasWhiteSpace(email) &&
            email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') &&
            MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
        return valid ? Conversion.Ok(email) : Conversion.Fail("expected an email address such as name@example.com");
    }

    private static bool HasWhiteSpace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static Conversion State(string value) => AustralianStates.TryNormalize(value, out var code)
        ? Conversion.Ok(code)
        : Conversion.Fail(StateError);

    private static readonly string StateError = "expected an Australian state or territory; aXcelerate accepts only " + string.Join(", ", AustralianStates.Codes);

    private static Conversion AxcelerateDateToHubSpot(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 10 && IsoDate.TryParseLocal(trimmed, out _))
        {
            return Conversion.Ok(trimmed); // already yyyy-MM-dd, the form written
        }

        return AxcelerateDate(trimmed) is { } d ? Conversion.Ok(IsoDate.Format(d)) : Conversion.Fail("expected a date such as 2026-04-05");
    }

    private static DateOnly? AxcelerateDate(string value)
    {
        var trimmed = value.Trim();
        if (IsoDate.TryParseLocal(trimmed, out var fast))
        {
            return DateOnly.FromDateTime(fast);
        }

        return DateTime.TryParseExact(trimmed, AxcelerateDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? DateOnly.FromDateTime(parsed)
            : null;
    }

    private static Conversion LocalToUtc(string value, TimeZoneInfo zone)
    {
        var trimmed = value.Trim();
        if (trimmed.EndsWith('Z') || (trimmed.Length > 19 && (trimmed[^6] is '+' or '-')))
        {
            return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var exact)
                ? Conversion.Ok(FormatUtc(exact))
                : Conversion.Fail("expected a date-time such as 2026-04-05 14:30");
        }

        if (!IsoDate.TryParseLocal(trimmed, out var local) &&
            !DateTime.TryParseExact(trimmed, AxcelerateDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            return Conversion.Fail("expected a date-time such as 2026-04-05 14:30");
        }

        if (ZoneOffsets.For(zone).TryUniformLocal(local, out var uniform))
        {
            return Conversion.Ok(FormatUtc(new DateTimeOffset(local, uniform)));
        }

        if (zone.IsInvalidTime(local))
        {
            return Conversion.Fail($"{trimmed} does not exist in {zone.Id}: clocks skip it when daylight saving starts");
        }

        // An hour repeated when daylight saving ends is read as its first occurrence (the larger offset).
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        var utcTicks = local.Ticks - offset.Ticks;
        return utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks
            ? Conversion.Fail($"{trimmed} in {zone.Id} is outside the years 0001 to 9999 in UTC")
            : Conversion.Ok(FormatUtc(new DateTimeOffset(utcTicks, TimeSpan.Zero)));
    }

    // The instant's wall-clock time in the zone; null past the calendar's ends (ConvertTime would clamp it silently).
    private static DateTime? ToLocal(DateTimeOffset instant, TimeZoneInfo zone)
    {
        if (instant.UtcDateTime.Year is >= 2 and <= 9998)
        {
            return ZoneOffsets.For(zone).ToLocal(instant).DateTime; // the per-day cache; no calendar end is near
        }

        var ticks = instant.UtcTicks + zone.GetUtcOffset(instant).Ticks;
        return ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks ? null : new DateTime(ticks, DateTimeKind.Unspecified);
    }

    private static string FormatUtc(DateTimeOffset instant) => IsoDate.FormatUtcMilliseconds(instant.UtcDateTime);

    private static Conversion HubSpotDate(string value, TimeZoneInfo zone)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 10 && IsoDate.TryParseLocal(trimmed, out _))
        {
            return Conversion.Ok(trimmed); // already yyyy-MM-dd, the form written
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Conversion.Ok(IsoDate.Format(date));
        }

        if (HubSpotInstant(trimmed) is not { } instant)
        {
            return Conversion.Fail("expected a date as epoch milliseconds at midnight UTC or yyyy-MM-dd");
        }

        // HubSpot date properties are midnight UTC: that instant is the date itself. Any other instant (a datetime
        // property mapped as a date) is a moment, whose date is the account's local date.
        if (instant.UtcDateTime.TimeOfDay == TimeSpan.Zero)
        {
            return Conversion.Ok(IsoDate.Format(DateOnly.FromDateTime(instant.UtcDateTime)));
        }

        return ToLocal(instant, zone) is { } local
            ? Conversion.Ok(IsoDate.Format(DateOnly.FromDateTime(local)))
            : Conversion.Fail($"{trimmed} is outside the years 0001 to 9999 in {zone.Id}");
    }

    private static DateTimeOffset? HubSpotInstant(string value)
    {
        var trimmed = value.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms))
        {
            return ms is >= -62_135_596_800_000 and <= 253_402_300_799_999 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        }

        if (IsoDate.TryParseUtc(trimmed, out var utc))
        {
            return utc;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }

    private static Conversion MultiToHubSpot(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.StartsWith('[') && MultiSelectText.TryNormalise(trimmed, ',', ';', ';', out var joined))
        {
            return Conversion.Ok(joined);
        }

        return JoinHubSpot(SplitAxcelerate(trimmed));
    }

    private static Conversion MultiToAxcelerate(string value)
    {
        var trimmed = value.Trim();
        if (MultiSelectText.TryNormalise(trimmed, ';', ',', ',', out var joined))
        {
            return Conversion.Ok(joined);
        }

        return JoinAxcelerate(Split(trimmed, ';'));
    }

    private static List<string> SplitAxcelerate(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            var items = new List<string>();
            var inner = trimmed[1..^1];
            var i = 0;
            while (i < inner.Length)
            {
                var quote = inner[i];
                if (quote is '\'' or '"')
                {
                    var end = inner.IndexOf(quote, i + 1);
                    if (end < 0)
                    {
                        break;
                    }

                    items.Add(inner[(i + 1)..end].Trim());
                    i = end + 1;
                }
                else
                {
                    i++;
                }
            }

            return Normalise(items);
        }

        return Split(trimmed, ',');
    }

    private static List<string> Split(string value, char separator) =>
        Normalise([.. value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);

    // Items are already trimmed: drops empties, sorts ordinally and removes duplicates, so equal sets compare equal.
    private static List<string> Normalise(List<string> items)
    {
        items.RemoveAll(static x => x.Length == 0);
        items.Sort(StringComparer.Ordinal);
        for (var i = items.Count - 1; i > 0; i--)
        {
            if (string.Equals(items[i], items[i - 1], StringComparison.Ordinal))
            {
                items.RemoveAt(i);
            }
        }

        return items;
    }

    private static Conversion JoinHubSpot(List<string> items)
    {
        var bad = items.Find(static x => x.Contains(';', StringComparison.Ordinal));
        return bad is not null ? Conversion.Fail($"option '{bad}' contains ';', HubSpot's multi-select separator") : Conversion.Ok(string.Join(';', items));
    }

    private static Conversion JoinAxcelerate(List<string> items)
    {
        if (!items.Exists(static x => x.Contains(',', StringComparison.Ordinal)))
        {
            return Conversion.Ok(string.Join(',', items));
        }

        var bad = items.Find(static x => x.Contains('\'', StringComparison.Ordinal));
        if (bad is not null)
        {
            return Conversion.Fail($"option '{bad}' holds both a comma and a quote, which aXcelerate's list form cannot carry");
        }

        var quoted = new string[items.Count];
        for (var i = 0; i < quoted.Length; i++)
        {
            quoted[i] = "'" + items[i] + "'";
        }

        return Conversion.Ok("[" + string.Join(',', quoted) + "]");
    }
}

/// <summary>The outcome of converting one value: the converted text, or why it failed.</summary>
internal readonly record struct Conversion(string? Value, string? Error)
{
    public static Conversion Blank { get; } = new(string.Empty, null);

    public bool Succeeded => Error is null;

    public static Conversion Ok(string value) => new(value, null);

    public static Conversion Fail(string reason) => new(null, reason);
}
