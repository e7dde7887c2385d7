using System.Text.Json.Serialization;
using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>A custom field defined in the account (<c>/customFields</c>).</summary>
public sealed class AxcelerateCustomFieldDefinition : AxcelerateRecord
{
    /// <summary>The field id.</summary>
    public long Id { get; init; }

    /// <summary>What it is attached to, e.g. <c>contact</c> or <c>organisation</c>.</summary>
    public string? LinkTo { get; init; }

    /// <summary>The variable name: written as <c>customField_{VariableName}</c>, read from <c>CUSTOMFIELD_{VARIABLENAME}</c>.</summary>
    public string? VariableName { get; init; }

    /// <summary>The label shown to users.</summary>
    public string? Label { get; init; }

    /// <summary>The type: text, number, date, textarea, html, url, select, radio, select-multi or checkbox.</summary>
    public string? Type { get; init; }

    /// <summary>The options of a select/radio/checkbox field.</summary>
    [JsonConverter(typeof(CommaSeparatedStringListConverter))]
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>Whether the field is active.</summary>
    public bool? Active { get; init; }

    /// <summary>Whether it is mandatory (unit enrolments only).</summary>
    public bool? Mandatory { get; init; }

    /// <summary>Whether it is shown externally (unit enrolments only).</summary>
    public bool? AvailableToExternal { get; init; }

    /// <summary>Whether the field holds several values.</summary>
    [JsonIgnore]
    public bool IsMultiValue => Type is "select-multi" or "checkbox";
}
