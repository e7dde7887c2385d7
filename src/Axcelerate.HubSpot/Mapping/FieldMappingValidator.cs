namespace Axcelerate.HubSpot.Mapping;

/// <summary>
/// Checks a mapping against the real field definitions of both systems: mismatched field types
/// break syncing, so a mismatch is refused when the mapping is saved, not discovered during an import.
/// </summary>
public static class FieldMappingValidator
{
    /// <summary>Validates one mapping.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="hubSpotProperty">The HubSpot property definition, or null when HubSpot has no such property.</param>
    /// <param name="customField">For custom fields, the aXcelerate custom field definition, or null when there is none; ignored for standard fields.</param>
    /// <returns>The problems; empty when the mapping fits.</returns>
    public static IReadOnlyList<string> Validate(FieldMapping mapping, HubSpotPropertyDescriptor? hubSpotProperty, AxcelerateCustomFieldDescriptor? customField)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<string>();
        if (hubSpotProperty is null)
        {
            problems.Add($"HubSpot has no {mapping.Entity} property named '{mapping.HubSpotProperty}'.");
        }
        else
        {
            var hubSpotIsTarget = !(mapping.Entity == MappedEntity.Contact && mapping.Rule == SyncRule.HubSpotOnly);
            if (hubSpotIsTarget && (hubSpotProperty.IsCalculated || hubSpotProperty.FieldType == "calculation_equation"))
            {
                problems.Add($"HubSpot property '{hubSpotProperty.Name}' is calculated by HubSpot and cannot be written; map it HubSpot-only or choose another property.");
            }
            else if (hubSpotIsTarget && hubSpotProperty.IsReadOnlyValue)
            {
                problems.Add($"HubSpot property '{hubSpotProperty.Name}' is read-only and cannot be written; map it HubSpot-only or choose another property.");
            }

            var fitting = Enum.GetValues<FieldType>().Where(t => FitsHubSpot(t, hubSpotProperty)).ToList();
            if (!fitting.Contains(mapping.Type))
            {
                problems.Add($"Field '{mapping.AxcelerateField}' ↔ '{mapping.HubSpotProperty}': field type {mapping.Type} does not fit HubSpot type {hubSpotProperty.Type}/{hubSpotProperty.FieldType}; would fit: {Describe(fitting)}.");
            }
        }

        if (mapping.IsCustomField)
        {
            if (customField is null)
            {
                problems.Add($"aXcelerate has no {mapping.Entity} custom field named '{mapping.AxcelerateField}'.");
            }
            else
            {
                var fitting = Enum.GetValues<FieldType>().Where(t => FitsAxcelerate(t, customField.Type)).ToList();
                if (!fitting.Contains(mapping.Type))
                {
                    problems.Add($"Field '{mapping.AxcelerateField}' ↔ '{mapping.HubSpotProperty}': field type {mapping.Type} does not fit aXcelerate custom field type {customField.Type}; would fit: {Describe(fitting)}.");
                }
            }
        }

        return problems;
    }

    /// <summary>True when values of <paramref name="type"/> can be written to and read from the HubSpot property.</summary>
    /// <param name="type">The mapping's field type.</param>
    /// <param name="property">The HubSpot property.</param>
    /// <returns>True when they fit.</returns>
    public static bool FitsHubSpot(FieldType type, HubSpotPropertyDescriptor property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var (t, f) = (property.Type.ToUpperInvariant(), property.FieldType.ToUpperInvariant());
        return type switch
        {
            FieldType.Text => t == "STRING" && f != "FILE",
            FieldType.Number => t == "NUMBER",
            FieldType.Date => t is "DATE" or "DATETIME",
            FieldType.DateTime => t == "DATETIME",
            FieldType.Boolean => t == "BOOL" || (t == "ENUMERATION" && f == "BOOLEANCHECKBOX"),
            FieldType.SingleSelect => t == "ENUMERATION" && f is "SELECT" or "RADIO",
            FieldType.MultiSelect => t == "ENUMERATION" && f == "CHECKBOX",
            FieldType.Phone => t is "PHONE_NUMBER" or "STRING" && f != "FILE",
            FieldType.Email => t == "STRING" && f == "TEXT",
            FieldType.AustralianState => (t == "STRING" && f == "TEXT") || (t == "ENUMERATION" && f is "SELECT" or "RADIO"),
            _ => false,
        };
    }

    /// <summary>True when values of <paramref name="type"/> fit an aXcelerate custom field of the given type.</summary>
    /// <param name="type">The mapping's field type.</param>
    /// <param name="customFieldType">aXcelerate's custom field type.</param>
    /// <returns>True when they fit.</returns>
    public static bool FitsAxcelerate(FieldType type, string customFieldType)
    {
        ArgumentNullException.ThrowIfNull(customFieldType);
        return customFieldType.ToUpperInvariant() switch
        {
            "TEXT" or "TEXTAREA" or "HTML" or "URL" => type is FieldType.Text or FieldType.Phone or FieldType.Email,
            "NUMBER" => type == FieldType.Number,
            "DATE" => type == FieldType.Date,
            "SELECT" or "RADIO" => type is FieldType.SingleSelect or FieldType.AustralianState,
            "SELECT-MULTI" => type == FieldType.MultiSelect,
            "CHECKBOX" => type is FieldType.MultiSelect or FieldType.Boolean,
            _ => false,
        };
    }

    private static string Describe(List<FieldType> types) => types.Count == 0 ? "no field type" : string.Join(" or ", types);
}
