using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

// aXcelerate sends ids as numbers or strings, "" for null, booleans as true/false, 0/1 or "true", and lists as arrays
// or comma-separated text. These converters accept all of that; a value they cannot read becomes null rather than
// failing the whole record (the raw value stays available on AxcelerateRecord.Raw).

/// <summary>A nullable value: <c>null</c> and <c>""</c> read as null (the subclass decides), null writes as null.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class LenientNullableConverter<T> : JsonConverter<T?>
    where T : struct
{
    public override bool HandleNull => true;

    public sealed override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            WriteValue(writer, v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    protected abstract void WriteValue(Utf8JsonWriter writer, T value);
}

/// <summary>Reads <see cref="long"/>? from a number, a numeric string or <c>""</c>.</summary>
internal sealed class LenientNullableInt64Converter : LenientNullableConverter<long>
{
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientReader.ReadDecimal(ref reader) is { } value && value >= long.MinValue && value <= long.MaxValue ? (long)value : null;

    protected override void WriteValue(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);
}

/// <summary>Reads <see cref="long"/> from a number or a numeric string (0 when absent).</summary>
internal sealed class LenientInt64Converter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientReader.ReadDecimal(ref reader) is { } value && value >= long.MinValue && value <= long.MaxValue ? (long)value : 0;

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Reads <see cref="int"/>? from a number, a numeric string or <c>""</c>.</summary>
internal sealed class LenientNullableInt32Converter : LenientNullableConverter<int>
{
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientReader.ReadDecimal(ref reader) is { } value && value >= int.MinValue && value <= int.MaxValue ? (int)value : null;

    protected override void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
}

/// <summary>Reads <see cref="decimal"/>? from a number, a numeric string or <c>""</c>.</summary>
internal sealed class LenientNullableDecimalConverter : LenientNullableConverter<decimal>
{
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientReader.ReadDecimal(ref reader);

    protected override void WriteValue(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);
}

/// <summary>Reads <see cref="bool"/>? from true/false, 0/1, <c>"true"</c>/<c>"1"</c>/<c>"yes"</c> or <c>""</c>.</summary>
internal sealed class LenientNullableBooleanConverter : LenientNullableConverter<bool>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientReader.ReadBoolean(ref reader);

    protected override void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);
}

/// <summary>Reads <see cref="bool"/> like <see cref="LenientNullableBooleanConverter"/> (false when absent).</summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientReader.ReadBoolean(ref reader) ?? false;

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}

/// <summary>Reads text: <c>""</c> becomes null, numbers and booleans become their text, arrays are comma-joined.</summary>
internal sealed class LenientStringConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientReader.ReadString(ref reader);

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Reads a list of ids from an array of numbers/strings, a comma-separated string, a single number or null (empty).</summary>
internal sealed class LenientInt64ListConverter : JsonConverter<IReadOnlyList<long>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<long> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = new List<long>();
        foreach (var text in LenientReader.ReadStrings(ref reader))
        {
            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                values.Add(id);
            }
            else if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number))
            {
                values.Add((long)number);
            }
        }

        return values;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<long> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
    }
}

/// <summary>Reads a list of strings from an array, a single value or null (empty).</summary>
internal sealed class LenientStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
        {
            var single = LenientReader.ReadString(ref reader);
            return single is null ? [] : [single];
        }

        return LenientReader.ReadStrings(ref reader, splitText: false);
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}

/// <summary>Reads a calendar date from <c>yyyy-MM-dd</c> (or the date part of a date-time), with no time-zone shift.</summary>
internal sealed class LenientDateOnlyConverter : JsonConverter<DateOnly?>
{
    public override bool HandleNull => true;

    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AxcelerateDates.ParseDate(LenientReader.ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(AxcelerateDates.FormatDate(v));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Reads any aXcelerate date-time; values without an offset are in the account's time zone.</summary>
internal sealed class AccountDateTimeConverter(TimeZoneInfo zone) : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AxcelerateDates.ParseDateTime(LenientReader.ReadString(ref reader), zone);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(v.ToString("O", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Reads a date-time aXcelerate documents as UTC (fields suffixed <c>UTC</c>).</summary>
internal sealed class UtcDateTimeConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AxcelerateDates.ParseUtc(LenientReader.ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(v.ToString("O", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Token-level helpers shared by the lenient converters.</summary>
internal static class LenientReader
{
    public static decimal? ReadDecimal(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? number : null;
            case JsonTokenType.String:
                var text = reader.GetString();
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            case JsonTokenType.True:
                return 1;
            case JsonTokenType.False:
                return 0;
            default:
                reader.Skip();
                return null;
        }
    }

    public static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? number != 0 : null;
            case JsonTokenType.String:
                return ParseBoolean(reader.GetString());
            default:
                reader.Skip();
                return null;
        }
    }

    public static bool? ParseBoolean(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" or "Y" => true,
        "FALSE" or "0" or "NO" or "N" => false,
        _ => null,
    };

    public static string? ReadString(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString();
                return string.IsNullOrEmpty(text) ? null : text;
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartArray:
                var items = ReadStrings(ref reader, splitText: false);
                return items.Count == 0 ? null : string.Join(',', items);
            default:
                reader.Skip();
                return null;
        }
    }

    public static List<string> ReadStrings(ref Utf8JsonReader reader, bool splitText = true)
    {
        var values = new List<string>();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (ReadString(ref reader) is { } item)
                {
                    values.Add(item);
                }
            }

            return values;
        }

        if (ReadString(ref reader) is { } text)
        {
            if (!splitText)
            {
                values.Add(text);
                return values;
            }

            foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                values.Add(part);
            }
        }

        return values;
    }
}

/// <summary>Reads a list of strings from an array or from comma-separated text (custom field <c>OPTIONS</c>).</summary>
internal sealed class CommaSeparatedStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientReader.ReadStrings(ref reader, splitText: true);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
