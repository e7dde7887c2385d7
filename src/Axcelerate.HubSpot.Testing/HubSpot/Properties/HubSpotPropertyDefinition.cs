namespace Axcelerate.HubSpot.Testing.HubSpot.Properties;

/// <summary>A property definition as the properties API describes it.</summary>
/// <param name="Name">The internal name, such as <c>firstname</c>.</param>
/// <param name="Label">The label shown in HubSpot.</param>
/// <param name="Type">The data type: string, number, date, datetime, enumeration, bool or phone_number.</param>
/// <param name="FieldType">The form field type: text, textarea, number, select, date, phonenumber, calculation_equation…</param>
/// <param name="GroupName">The property group.</param>
public sealed record HubSpotPropertyDefinition(string Name, string Label, string Type, string FieldType, string GroupName)
{
    /// <summary>Whether HubSpot computes the value (read-only to the API).</summary>
    public bool Calculated { get; init; }

    /// <summary>Whether the value cannot be written through the API.</summary>
    public bool ReadOnlyValue { get; init; }

    /// <summary>Whether every record must have a different value.</summary>
    public bool HasUniqueValue { get; init; }

    /// <summary>Whether HubSpot defines it (false for custom properties).</summary>
    public bool HubSpotDefined { get; init; } = true;

    /// <summary>The allowed values of an enumeration: (label, value) pairs.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; init; } = [];

    /// <summary>When the definition was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
