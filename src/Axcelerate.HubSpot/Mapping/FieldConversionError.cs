using System.Globalization;

namespace Axcelerate.HubSpot.Mapping;

/// <summary>A value of one record that could not be converted; the field is left out of the result, never mangled.</summary>
/// <param name="RecordId">The id of the record the value belongs to, as the caller named it.</param>
/// <param name="AxcelerateField">The aXcelerate field of the mapping.</param>
/// <param name="HubSpotProperty">The HubSpot property of the mapping.</param>
/// <param name="Value">The value that did not convert.</param>
/// <param name="ExpectedType">The type the mapping expects.</param>
/// <param name="Direction">The way the value was travelling.</param>
/// <param name="Reason">Why it did not convert.</param>
public sealed record FieldConversionError(
    string RecordId,
    string AxcelerateField,
    string HubSpotProperty,
    string? Value,
    FieldType ExpectedType,
    ConversionDirection Direction,
    string Reason)
{
    /// <summary>A one-line description naming the record, the field, the value and the expected type.</summary>
    public string Message => Direction == ConversionDirection.ToHubSpot
        ? string.Create(CultureInfo.InvariantCulture, $"Record {RecordId}: aXcelerate field '{AxcelerateField}' value '{Shorten(Value)}' cannot be written to HubSpot property '{HubSpotProperty}' as {ExpectedType}: {Reason}")
        : string.Create(CultureInfo.InvariantCulture, $"Record {RecordId}: HubSpot property '{HubSpotProperty}' value '{Shorten(Value)}' cannot be written to aXcelerate field '{AxcelerateField}' as {ExpectedType}: {Reason}");

    /// <inheritdoc />
    public override string ToString() => Message;

    private static string Shorten(string? value) =>
        value is null ? "(null)" : value.Length <= 100 ? value : string.Concat(value.AsSpan(0, 100), "…");
}
