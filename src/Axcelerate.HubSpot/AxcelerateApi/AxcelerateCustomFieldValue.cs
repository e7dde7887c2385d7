namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Builds custom field values for writes (<c>customField_{variableName}</c>).</summary>
public static class AxcelerateCustomFieldValue
{
    /// <summary>
    /// Encodes the values of a multi-value field (<c>select-multi</c>, <c>checkbox</c>) as the docs prescribe: each
    /// value URL-encoded, then comma-joined, so a value that contains a comma stays one value (<c>A,B</c> and <c>C</c>
    /// become <c>A%2CB,C</c>). An empty list clears the field.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <returns>The text to put in <see cref="AxcelerateContactWrite.CustomFields"/> or <see cref="AxcelerateOrganisationWrite.CustomFields"/>.</returns>
    /// <exception cref="ArgumentException">A value is null.</exception>
    public static string Multiple(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join(',', values.Select(v => Uri.EscapeDataString(v ?? throw new ArgumentException("A multi-value custom field value must not be null.", nameof(values)))));
    }
}
