namespace Axcelerate.HubSpot.Mapping;

/// <summary>What mapping validation needs to know about an aXcelerate custom field definition.</summary>
/// <param name="VariableName">The custom field's variable name.</param>
/// <param name="Type">aXcelerate's type: text, number, date, textarea, html, url, select, radio, select-multi, checkbox.</param>
public sealed record AxcelerateCustomFieldDescriptor(string VariableName, string Type);
