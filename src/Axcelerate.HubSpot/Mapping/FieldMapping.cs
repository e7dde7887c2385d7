namespace Axcelerate.HubSpot.Mapping;

/// <summary>One field mapped between an aXcelerate field and a HubSpot property.</summary>
/// <param name="Entity">The kind of record the field belongs to.</param>
/// <param name="AxcelerateField">The aXcelerate field: a standard name such as <c>emailAddress</c>, or a custom field's name.</param>
/// <param name="HubSpotProperty">The HubSpot property's internal name, such as <c>email</c>.</param>
/// <param name="Type">The type both sides hold.</param>
public sealed record FieldMapping(MappedEntity Entity, string AxcelerateField, string HubSpotProperty, FieldType Type)
{
    /// <summary>False when an administrator deactivated the field: imports, exports and webhooks leave it alone.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>Which side wins for contacts; organisations and opportunities always flow from HubSpot after export.</summary>
    public SyncRule Rule { get; init; } = SyncRule.TwoWay;

    /// <summary>True when <see cref="AxcelerateField"/> names an aXcelerate custom field rather than a standard one.</summary>
    public bool IsCustomField { get; init; }

    /// <summary>
    /// The key the field has in records read from aXcelerate (upper-case, as the API returns it):
    /// <c>EMAILADDRESS</c>, or <c>CUSTOMFIELD_&lt;VARIABLENAME&gt;</c> for a custom field.
    /// </summary>
    public string AxcelerateReadKey =>
        IsCustomField ? "CUSTOMFIELD_" + AxcelerateField.ToUpperInvariant() : AxcelerateField.ToUpperInvariant();

    /// <summary>
    /// The parameter name that writes the field to aXcelerate: the standard name as mapped (<c>emailAddress</c>), or
    /// <c>customField_&lt;variableName&gt;</c> for a custom field.
    /// </summary>
    public string AxcelerateWriteKey => IsCustomField ? "customField_" + AxcelerateField : AxcelerateField;

    /// <summary>True when this mapping has the same key (entity, aXcelerate field, HubSpot property) as another, compared case-insensitively.</summary>
    /// <param name="other">The mapping to compare with.</param>
    /// <returns>True when both address the same pair of fields.</returns>
    public bool HasSameKey(FieldMapping other) =>
        other is not null &&
        Entity == other.Entity &&
        string.Equals(AxcelerateField, other.AxcelerateField, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(HubSpotProperty, other.HubSpotProperty, StringComparison.OrdinalIgnoreCase);
}
