using System.Globalization;
using System.Net.Mail;
using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Tests.Mapping;

/// <summary>
/// The mapping engine's fast paths (fixed-width dates, plain decimals, plain emails, multi-select on the stack, per-day
/// zone offsets) must give exactly what the general .NET parsers give. Each test converts thousands of generated values
/// (fixed seeds) and compares every result with a reference written the straightforward way.
/// </summary>
public class FieldConversionEquivalenceTests
{
    private static readonly TimeZoneInfo[] Zones =
    [
        TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney"),
        TimeZoneInfo.FindSystemTimeZoneById("Australia/Lord_Howe"), // 30-minute daylight saving
        TimeZoneInfo.FindSystemTimeZoneById("Australia/Perth"),
    ];

    private static readonly string[] AxcelerateDateTimeFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd hh:mm tt", "yyyy-MM-dd h:mm tt", "yyyy-MM-dd",
    ];

    [Fact]
    public void Numbers_convert_as_decimal_formats_them()
    {
        var random = new Random(15);
        var inputs = new List<string> { "0", "-0", "000", "0.0", "-0.000", "1e3", "+5", ".5", "5.", "1,5", "12345678901234567890123456789", "0.1234567890123456789012345678" };
        for (var i = 0; i < 5000; i++)
        {
            inputs.Add(RandomNumber(random));
        }

        foreach (var input in inputs)
        {
            var expected = string.IsNullOrWhiteSpace(input) ? string.Empty : decimal.TryParse(input.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number.ToString("0.############################", CultureInfo.InvariantCulture)
                : null;
            Both(FieldType.Number, Zones[0], input).Should().Be((expected, expected), "input '{0}'", input);
        }
    }

    [Fact]
    public void Dates_convert_as_the_dotnet_parsers_read_them()
    {
        var random = new Random(16);
        foreach (var zone in Zones)
        {
            for (var i = 0; i < 3000; i++)
            {
                var input = RandomDate(random);
                var toHubSpot = DateTime.TryParseExact(input.Trim(), AxcelerateDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? DateOnly.FromDateTime(parsed).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null;
                Convert(FieldType.Date, zone, input, toHubSpot: true).Should().Be(toHubSpot, "input '{0}'", input);
                Convert(FieldType.Date, zone, input, toHubSpot: false).Should().Be(ReferenceHubSpotDate(input, zone), "input '{0}'", input);
            }
        }
    }

    [Fact]
    public void Local_date_times_convert_to_utc_as_time_zone_rules_give_them_on_every_hour_of_changeover_days()
    {
        foreach (var zone in Zones)
        {
            // Every 10 minutes of the days around both of 2025 and 2026's changes (and ordinary days between).
            for (var day = new DateTime(2025, 3, 30); day < new DateTime(2026, 10, 8); day = day.AddDays(day.Month is 4 or 10 ? 1 : 9))
            {
                for (var minute = 0; minute < 24 * 60; minute += 10)
                {
                    var input = day.AddMinutes(minute).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                    Convert(FieldType.DateTime, zone, input, toHubSpot: true).Should().Be(ReferenceLocalToUtc(input, zone), "{0} in {1}", input, zone.Id);
                }
            }
        }
    }

    [Fact]
    public void Hubspot_instants_convert_to_local_time_as_time_zone_rules_give_them()
    {
        var random = new Random(17);
        foreach (var zone in Zones)
        {
            for (var i = 0; i < 4000; i++)
            {
                var instant = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 3 * 366 * 24 * 60)).AddMilliseconds(random.Next(0, 1000));
                var expected = TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                var forms = new[]
                {
                    instant.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                    instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                };
                foreach (var form in forms)
                {
                    Convert(FieldType.DateTime, zone, form, toHubSpot: false).Should().Be(expected, "{0} in {1}", form, zone.Id);
                }
            }
        }
    }

    [Fact]
    public void Emails_convert_as_mail_address_validates_them()
    {
        var random = new Random(18);
        var inputs = new List<string> { "a@b.c", "a..b@c.d", ".a@b.c", "a.@b.c", "a@-b.c", "a@b-.c", "a@b..c", "a@b.c.", "A@B.CO", "a b@c.d", "a@b", "@b.c", "a@@b.c", "é@b.c", "a@bé.c" };
        for (var i = 0; i < 5000; i++)
        {
            inputs.Add(RandomEmail(random));
        }

        foreach (var input in inputs)
        {
            var email = input.Trim().ToLowerInvariant();
            var at = email.IndexOf('@', StringComparison.Ordinal);
            var valid = at > 0 && at == email.LastIndexOf('@') && !email.Any(char.IsWhiteSpace) &&
                email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') &&
                MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
            var expected = string.IsNullOrWhiteSpace(input) ? string.Empty : valid ? email : null;
            Both(FieldType.Email, Zones[0], input).Should().Be((expected, expected), "input '{0}'", input);
        }
    }

    [Fact]
    public void Multi_select_values_convert_as_split_sort_and_join_give_them()
    {
        var random = new Random(19);
        var parts = new[] { "A", "b", "B", "Red", "Blue", " Red ", "", " ", "x y", "A,B", "it's", "C;D", "Ω" };
        for (var i = 0; i < 5000; i++)
        {
            var count = random.Next(0, 8);
            var items = Enumerable.Range(0, count).Select(_ => parts[random.Next(parts.Length)]).ToList();
            var comma = string.Join(',', items);
            var semicolon = string.Join(';', items);
            Convert(FieldType.MultiSelect, Zones[0], comma, toHubSpot: true).Should().Be(ReferenceToHubSpot(comma), "input '{0}'", comma);
            Convert(FieldType.MultiSelect, Zones[0], semicolon, toHubSpot: false).Should().Be(ReferenceToAxcelerate(semicolon), "input '{0}'", semicolon);
        }
    }

    [Theory]
    [InlineData("QLD", "QLD")]
    [InlineData("qld", "QLD")]
    [InlineData("New South Wales", "NSW")]
    [InlineData(" new  south wales ", "NSW")]
    [InlineData("n.s.w.", "NSW")]
    [InlineData("New\tSouth Wales", "NSW")]
    [InlineData("NewSouth Wales", null)]
    [InlineData("Cocos (Keeling) Islands", "OTH")]
    [InlineData("Qld.", "QLD")]
    public void States_normalise_with_or_without_cleaning(string input, string? code)
    {
        Both(FieldType.AustralianState, Zones[0], input).Should().Be((code, code));
    }

    [Theory]
    [InlineData(" TRUE ", "true")]
    [InlineData("yes", "true")]
    [InlineData("Y", "true")]
    [InlineData("1", "true")]
    [InlineData("n", "false")]
    [InlineData("False", "false")]
    [InlineData("0", "false")]
    [InlineData("10", null)]
    [InlineData("yess", null)]
    public void Booleans_convert_case_insensitively(string input, string? expected)
    {
        Both(FieldType.Boolean, Zones[0], input).Should().Be((expected, expected));
    }

    private static (string?, string?) Both(FieldType type, TimeZoneInfo zone, string input) =>
        (Convert(type, zone, input, toHubSpot: true), Convert(type, zone, input, toHubSpot: false));

    // The converted value, or null when the value did not convert.
    private static string? Convert(FieldType type, TimeZoneInfo zone, string input, bool toHubSpot)
    {
        var plan = MappingPlan.Compile(MappedEntity.Contact, [new FieldMapping(MappedEntity.Contact, "f", "p", type)], zone);
        var result = toHubSpot
            ? plan.ToHubSpot("1", new Dictionary<string, string?> { ["F"] = input })
            : plan.ToAxcelerate("1", new Dictionary<string, string?> { ["p"] = input });
        return result.HasErrors ? null : result.Values.Single().Value;
    }

    private static string? ReferenceHubSpotDate(string value, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (!DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant) ||
            long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        var day = instant.UtcDateTime.TimeOfDay == TimeSpan.Zero
            ? DateOnly.FromDateTime(instant.UtcDateTime)
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string? ReferenceLocalToUtc(string value, TimeZoneInfo zone)
    {
        var local = DateTime.ParseExact(value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    private static List<string> Normalise(IEnumerable<string> items)
    {
        var list = items.Select(x => x.Trim()).Where(x => x.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static string? ReferenceToHubSpot(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var trimmed = value.Trim();
        var items = trimmed.StartsWith('[') && trimmed.EndsWith(']')
            ? null
            : Normalise(trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return items is null ? Convert(FieldType.MultiSelect, Zones[0], value, toHubSpot: true)
            : items.Exists(x => x.Contains(';', StringComparison.Ordinal)) ? null : string.Join(';', items);
    }

    private static string? ReferenceToAxcelerate(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var items = Normalise(value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (!items.Exists(x => x.Contains(',', StringComparison.Ordinal)))
        {
            return string.Join(',', items);
        }

        return items.Exists(x => x.Contains('\'', StringComparison.Ordinal)) ? null : "[" + string.Join(',', items.Select(x => "'" + x + "'")) + "]";
    }

    private static string RandomNumber(Random random)
    {
        var text = new System.Text.StringBuilder();
        if (random.Next(6) == 0)
        {
            text.Append(random.Next(3) == 0 ? "+" : "-");
        }

        var integerDigits = random.Next(0, 16);
        for (var i = 0; i < integerDigits; i++)
        {
            text.Append((char)('0' + (random.Next(3) == 0 ? 0 : random.Next(10))));
        }

        if (random.Next(2) == 0)
        {
            text.Append('.');
            var fractionDigits = random.Next(0, 16);
            for (var i = 0; i < fractionDigits; i++)
            {
                text.Append((char)('0' + (random.Next(3) == 0 ? 0 : random.Next(10))));
            }
        }

        if (random.Next(20) == 0)
        {
            text.Append("e2");
        }

        return random.Next(10) == 0 ? " " + text + " " : text.ToString();
    }

    private static string RandomDate(Random random)
    {
        var year = random.Next(10) == 0 ? random.Next(0, 10000) : random.Next(1900, 2100);
        var month = random.Next(0, 14);
        var day = random.Next(0, 33);
        var text = $"{year:0000}-{month:00}-{day:00}";
        return random.Next(6) switch
        {
            0 => text + $" {random.Next(0, 25):00}:{random.Next(0, 61):00}",
            1 => text + $"T{random.Next(0, 24):00}:{random.Next(0, 60):00}:{random.Next(0, 61):00}",
            2 => text + $"T{random.Next(0, 24):00}:{random.Next(0, 60):00}:{random.Next(0, 60):00}.{random.Next(0, 1000):000}Z",
            3 => " " + text,
            _ => text,
        };
    }

    private static string RandomEmail(Random random)
    {
        const string Characters = "abcXYZ019._+-@ é";
        var length = random.Next(1, 16);
        var text = new char[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = Characters[random.Next(Characters.Length)];
        }

        var email = new string(text);
        return random.Next(2) == 0 ? email : email.Replace("@", string.Empty, StringComparison.Ordinal) + "@ex-ample.com.au";
    }
}
