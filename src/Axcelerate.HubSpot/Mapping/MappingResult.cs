namespace Axcelerate.HubSpot.Mapping;

/// <summary>The converted values of one record for one system, and the values that did not convert.</summary>
public sealed class MappingResult
{
    internal MappingResult(string recordId, ConversionDirection direction, IReadOnlyDictionary<string, string> values, IReadOnlyList<FieldConversionError> errors)
    {
        RecordId = recordId;
        Direction = direction;
        Values = values;
        Errors = errors;
    }

    /// <summary>The id of the record, as the caller named it.</summary>
    public string RecordId { get; }

    /// <summary>The system the values are for.</summary>
    public ConversionDirection Direction { get; }

    /// <summary>
    /// Target field name → value to write: HubSpot property names, or aXcelerate write parameter names
    /// (<see cref="FieldMapping.AxcelerateWriteKey"/>). An empty string clears the field.
    /// </summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>One entry per field whose value could not be converted; those fields are absent from <see cref="Values"/>.</summary>
    public IReadOnlyList<FieldConversionError> Errors { get; }

    /// <summary>True when at least one field could not be converted.</summary>
    public bool HasErrors => Errors.Count > 0;
}
