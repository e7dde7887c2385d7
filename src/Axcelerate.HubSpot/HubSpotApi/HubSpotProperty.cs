namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A CRM property definition.</summary>
public sealed class HubSpotProperty
{
    /// <summary>The internal name, e.g. <c>email</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The label shown in HubSpot.</summary>
    public string Label { get; init; } = "";

    /// <summary>The data type: <c>string, number, date, datetime, enumeration, bool, phone_number</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary>The field type: <c>text, textarea, number, select, radio, checkbox, booleancheckbox, date, …</c>.</summary>
    public string FieldType { get; init; } = "";

    /// <summary>The property group.</summary>
    public string? GroupName { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether values must be unique.</summary>
    public bool HasUniqueValue { get; init; }

    /// <summary>Whether HubSpot defines the property.</summary>
    public bool HubspotDefined { get; init; }

    /// <summary>Whether the property is calculated (read-only).</summary>
    public bool Calculated { get; init; }

    /// <summary>Whether the property is archived.</summary>
    public bool Archived { get; init; }

    /// <summary>The options of an enumeration.</summary>
    public IReadOnlyList<HubSpotPropertyOption> Options { get; init; } = [];

    /// <summary>What may be changed about the property and its values, when HubSpot said.</summary>
    public HubSpotPropertyModificationMetadata? ModificationMetadata { get; init; }
}

/// <summary>What may be changed about a property: its definition, its options, its values.</summary>
public sealed class HubSpotPropertyModificationMetadata
{
    /// <summary>Whether the property can be archived.</summary>
    public bool Archivable { get; init; }

    /// <summary>Whether the definition is read-only.</summary>
    public bool ReadOnlyDefinition { get; init; }

    /// <summary>Whether the options are read-only.</summary>
    public bool? ReadOnlyOptions { get; init; }

    /// <summary>Whether values are read-only: such a property can never be the target of a mapping.</summary>
    public bool ReadOnlyValue { get; init; }
}

/// <summary>One option of an enumeration property.</summary>
public sealed class HubSpotPropertyOption
{
    /// <summary>The label shown.</summary>
    public string Label { get; init; } = "";

    /// <summary>The stored value.</summary>
    public string Value { get; init; } = "";

    /// <summary>Where the option appears.</summary>
    public int DisplayOrder { get; init; }

    /// <summary>Whether the option is hidden.</summary>
    public bool Hidden { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }
}
