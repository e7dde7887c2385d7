using System.Globalization;
using Axcelerate.HubSpot.Mapping;
using CsCheck;

namespace Axcelerate.HubSpot.Tests.Hardening;

/// <summary>
/// Property-based tests (CsCheck) of every field converter of the mapping engine, both ways, in every time zone the
/// machine knows: any input either converts, is blank, or fails with a reason (never an exception); and values each
/// system can hold come back unchanged from aXcelerate → HubSpot → aXcelerate (and HubSpot → aXcelerate → HubSpot).
/// </summary>
public sealed class ConverterPropertyTests
{
    private const long Iterations = 2_000;

    private static readonly TimeZoneInfo[] Zones = [.. TimeZoneInfo.GetSystemTimeZones()];

    private static readonly Gen<TimeZoneInfo> Zone = Gen.Int[0, Zones.Length - 1].Select(i => Zones[i]);

    private static readonly Gen<FieldType> Type = Gen.OneOf(Enum.GetValues<FieldType>());

    // Any UTF-16 text, lone surrogates and control characters included.
    private static readonly Gen<string> AnyText = Gen.Char.Array[0, 40].Select(c => new string(c));

    // Text shaped like what the converters parse, so the parsers' edges are reached, not only their first check.
    private static readonly Gen<string> Shaped = Gen.OneOf<string>(
        AnyText,
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.Decimal.Select(d => d.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        Gen.DateTime.Select(d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        Gen.DateTime.Select(d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        Gen.DateTime.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Gen.DateTimeOffset.Select(d => d.ToString("O", CultureInfo.InvariantCulture)),
        Gen.Long[-62_135_596_800_000, 253_402_300_799_999].Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.OneOf("0001-01-01 00:00", "9999-12-31 23:59", "0001-01-01", "9999-12-31", "-62135596800000", "253402300799999", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "1e28", "79228162514264337593543950335", "-0", "NaN", "[' a', \"b\"]", "['unclosed", "a;b,c", "nsw", "+61 (2) 9999-0000", "a@b.c", "A@@b.c"));

    [Fact]
    public void Any_input_of_any_type_in_any_zone_converts_is_blank_or_fails_with_a_reason_both_ways()
    {
        Gen.Select(Type, Shaped, Zone).Sample((type, value, zone) =>
        {
            foreach (var conversion in new[] { FieldValueConverter.ToHubSpot(type, value, zone), FieldValueConverter.ToAxcelerate(type, value, zone) })
            {
                if (conversion.Error is { } error)
                {
                    error.Should().NotBeNullOrWhiteSpace();
                    conversion.Value.Should().BeNull();
                }
            }
        }, iter: Iterations * 5, print: t => $"{t.Item1} '{t.Item2}' in {t.Item3.Id}");
    }

    [Fact]
    public void A_failed_conversion_becomes_the_engine_s_error_naming_the_record_field_value_and_type()
    {
        Gen.Select(Type, AnyText).Sample((type, value) =>
        {
            var error = new FieldConversionError("42", "FIELD", "property", value, type, ConversionDirection.ToHubSpot, "a reason");
            error.Message.Should().Contain("Record 42").And.Contain("'FIELD'").And.Contain("'property'").And.Contain(type.ToString()).And.Contain("a reason");
        }, iter: Iterations);
    }

    [Fact]
    public void Text_round_trips_unchanged()
    {
        AnyText.Where(t => !string.IsNullOrWhiteSpace(t)).Sample(text =>
            RoundTrip(FieldType.Text, text, TimeZoneInfo.Utc).Should().Be(text), iter: Iterations);
    }

    [Fact]
    public void Numbers_round_trip_to_the_same_value()
    {
        Gen.Decimal.Sample(number =>
        {
            var back = RoundTrip(FieldType.Number, number.ToString(CultureInfo.InvariantCulture), TimeZoneInfo.Utc);
            decimal.Parse(back, NumberStyles.Float, CultureInfo.InvariantCulture).Should().Be(number);
        }, iter: Iterations);
    }

    [Fact]
    public void Dates_round_trip_in_any_zone()
    {
        Gen.Select(Gen.DateOnly, Zone).Sample((date, zone) =>
        {
            var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            RoundTrip(FieldType.Date, text, zone).Should().Be(text);
        }, iter: Iterations);
    }

    [Fact]
    public void Local_date_times_that_exist_round_trip_in_any_zone_including_the_first_and_last_days()
    {
        var minute = Gen.Long[0, (DateTime.MaxValue.Ticks / TimeSpan.TicksPerMinute) - 1].Select(m => new DateTime(m * TimeSpan.TicksPerMinute, DateTimeKind.Unspecified));
        var edge = Gen.OneOf(new DateTime(1, 1, 1, 0, 0, 0), new DateTime(1, 1, 1, 9, 59, 0), new DateTime(9999, 12, 31, 23, 59, 0), new DateTime(9999, 12, 31, 12, 0, 0));
        Gen.Select(Gen.Frequency((4, (IGen<DateTime>)minute), (1, edge)), Zone).Where((local, zone) => !zone.IsInvalidTime(local)).Sample((local, zone) =>
        {
            var text = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var toHubSpot = FieldValueConverter.ToHubSpot(FieldType.DateTime, text, zone);
            if (toHubSpot.Error is not null)
            {
                // Only a moment before year 1 or after year 9999 in UTC cannot be written; it fails with the reason.
                toHubSpot.Error.Should().Contain("outside");
                return;
            }

            FieldValueConverter.ToAxcelerate(FieldType.DateTime, toHubSpot.Value, zone).Value.Should().Be(text);
        }, iter: Iterations, print: t => $"{t.Item1:yyyy-MM-dd HH:mm} in {t.Item2.Id}");
    }

    [Fact]
    public void HubSpot_instants_round_trip_to_the_minute_in_any_zone()
    {
        var edges = Gen.OneOf(-62_135_596_800_000L, -62_135_596_800_000L + 3_600_000, 253_402_300_799_999L, 253_402_300_799_999L - 3_600_000);
        var instant = Gen.Frequency((4, (IGen<long>)Gen.Long[-62_135_596_800_000, 253_402_300_799_999]), (1, edges)).Select(ms => DateTimeOffset.FromUnixTimeMilliseconds(ms));
        Gen.Select(instant, Zone).Sample((moment, zone) =>
        {
            var toAxcelerate = FieldValueConverter.ToAxcelerate(FieldType.DateTime, moment.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), zone);
            if (toAxcelerate.Error is not null)
            {
                toAxcelerate.Error.Should().Contain("outside");
                return;
            }

            var back = FieldValueConverter.ToHubSpot(FieldType.DateTime, toAxcelerate.Value, zone);
            var local = DateTime.ParseExact(toAxcelerate.Value!, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            if (back.Error is not null)
            {
                back.Error.Should().Contain("outside", "a wall-clock time read from a real instant always exists");
                return;
            }

            var minute = new DateTimeOffset(moment.UtcTicks - (moment.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
            var returned = DateTimeOffset.Parse(back.Value!, CultureInfo.InvariantCulture);
            if (zone.IsAmbiguousTime(local))
            {
                // An hour repeated when daylight saving ends is read as its first occurrence.
                (returned - minute).Duration().Should().BeLessThanOrEqualTo(TimeSpan.FromHours(1));
            }
            else
            {
                returned.Should().Be(minute);
            }
        }, iter: Iterations, print: t => $"{t.Item1:O} in {t.Item2.Id}");
    }

    [Fact]
    public void HubSpot_dates_as_instants_convert_in_any_zone()
    {
        var edges = Gen.OneOf(-62_135_596_800_000L, -62_135_596_800_000L + 3_600_000, 253_402_300_799_999L, 253_402_300_799_999L - 3_600_000);
        var instant = Gen.Frequency((4, (IGen<long>)Gen.Long[-62_135_596_800_000, 253_402_300_799_999]), (1, edges));
        Gen.Select(instant, Zone).Sample((ms, zone) =>
        {
            var conversion = FieldValueConverter.ToAxcelerate(FieldType.Date, ms.ToString(CultureInfo.InvariantCulture), zone);
            (conversion.Value ?? conversion.Error).Should().NotBeNull();
        }, iter: Iterations, print: t => $"{t.Item1} in {t.Item2.Id}");
    }

    [Fact]
    public void Booleans_phones_emails_states_and_options_round_trip()
    {
        Gen.Bool.Sample(b => RoundTrip(FieldType.Boolean, b ? "true" : "false", TimeZoneInfo.Utc).Should().Be(b ? "true" : "false"), iter: 100);

        Gen.Char['0', '9'].Array[3, 15].Select(d => new string(d)).Sample(phone =>
            RoundTrip(FieldType.Phone, "+" + phone, TimeZoneInfo.Utc).Should().Be("+" + phone), iter: Iterations);

        var part = Gen.Char['a', 'z'].Array[1, 10].Select(c => new string(c));
        Gen.Select(part, part, part).Sample((user, domain, top) =>
        {
            var email = $"{user}@{domain}.{top}";
            RoundTrip(FieldType.Email, email.ToUpperInvariant(), TimeZoneInfo.Utc).Should().Be(email);
        }, iter: Iterations);

        Gen.OneOf([.. AustralianStates.Codes]).Sample(code => RoundTrip(FieldType.AustralianState, code, TimeZoneInfo.Utc).Should().Be(code), iter: 100);

        var option = Gen.Char.Array[1, 12].Select(c => new string(c).Trim()).Where(o => o.Length > 0 && o.IndexOfAny([';', ',', '\'', '"', '[', ']']) < 0 && !o.Any(char.IsWhiteSpace));
        option.Array[1, 6].Sample(options =>
        {
            var set = options.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            RoundTrip(FieldType.MultiSelect, string.Join(',', set), TimeZoneInfo.Utc).Should().Be(string.Join(',', set));
            RoundTrip(FieldType.SingleSelect, set[0], TimeZoneInfo.Utc).Should().Be(set[0]);
        }, iter: Iterations);
    }

    // aXcelerate → HubSpot → aXcelerate; both steps must convert.
    private static string RoundTrip(FieldType type, string axcelerate, TimeZoneInfo zone)
    {
        var toHubSpot = FieldValueConverter.ToHubSpot(type, axcelerate, zone);
        toHubSpot.Error.Should().BeNull($"'{axcelerate}' is a valid {type}");
        var back = FieldValueConverter.ToAxcelerate(type, toHubSpot.Value, zone);
        back.Error.Should().BeNull($"'{toHubSpot.Value}' came from a valid {type}");
        return back.Value!;
    }
}
