namespace Axcelerate.HubSpot.Mapping;

/// <summary>What mapping validation needs to know about a HubSpot property definition (independent of the client's model).</summary>
/// <param name="Name">The internal name, e.g. <c>email</c>.</param>
/// <param name="Type">HubSpot's <c>type</c>: string, number, date, datetime, enumeration, bool, phone_number.</param>
/// <param name="FieldType">HubSpot's <c>fieldType</c>: text, textarea, select, checkbox, booleancheckbox, …</param>
public sealed record HubSpotPropertyDescriptor(string Name, string Type, string FieldType)
{
    /// <summary>True when HubSpot computes the value (<c>calculated</c>).</summary>
    public bool IsCalculated { get; init; }

    /// <summary>True when <c>modificationMetadata.readOnlyValue</c> is set: the value cannot be written.</summary>
    public bool IsReadOnlyValue { get; init; }

    /// <summary>True for HubSpot's own properties (<c>hubspotDefined</c>).</summary>
    public bool IsHubSpotDefined { get; init; }

    /// <summary>The option values of an enumeration; empty otherwise.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}
