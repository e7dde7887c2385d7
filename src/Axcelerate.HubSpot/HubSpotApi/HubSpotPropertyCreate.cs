namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A property to create.</summary>
public sealed class HubSpotPropertyCreate
{
    /// <summary>The internal name (lower case, no spaces).</summary>
    public required string Name { get; init; }

    /// <summary>The label shown in HubSpot.</summary>
    public required string Label { get; init; }

    /// <summary>The data type, e.g. <c>string</c>, <c>number</c>, <c>enumeration</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The field type, e.g. <c>text</c>, <c>number</c>, <c>select</c>.</summary>
    public required string FieldType { get; init; }

    /// <summary>The property group, e.g. <c>contactinformation</c>.</summary>
    public required string GroupName { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether values must be unique (immutable once set).</summary>
    public bool? HasUniqueValue { get; init; }

    /// <summary>The options of an enumeration.</summary>
    public IList<HubSpotPropertyOption>? Options { get; init; }
}
