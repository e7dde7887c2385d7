using System.Text.Json;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// The custom field values of a contact or organisation, read from the <c>CUSTOMFIELD_*</c> keys. aXcelerate returns
/// the variable name upper-cased, so lookups ignore case: <c>values["favouriteColour"]</c> finds
/// <c>CUSTOMFIELD_FAVOURITECOLOUR</c>. Keys are the variable names without the prefix, as aXcelerate spelled them.
/// </summary>
public sealed class AxcelerateCustomFieldDictionary : IReadOnlyDictionary<string, string?>
{
    private const string Prefix = "CUSTOMFIELD_";
    private readonly Dictionary<string, JsonElement> _raw;

    private AxcelerateCustomFieldDictionary(Dictionary<string, JsonElement> raw) => _raw = raw;

    /// <summary>No custom fields.</summary>
    public static AxcelerateCustomFieldDictionary Empty { get; } = new(new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase));

    /// <inheritdoc />
    public string? this[string key] => AxcelerateFieldText.From(_raw[key]);

    /// <inheritdoc />
    public IEnumerable<string> Keys => _raw.Keys;

    /// <inheritdoc />
    public IEnumerable<string?> Values => _raw.Values.Select(AxcelerateFieldText.From);

    /// <inheritdoc />
    public int Count => _raw.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _raw.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out string? value)
    {
        if (_raw.TryGetValue(key, out var raw))
        {
            value = AxcelerateFieldText.From(raw);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The values of a multi-value field (select-multi, checkbox); a single-value field gives one item.</summary>
    /// <param name="variableName">The variable name, case-insensitive, without <c>CUSTOMFIELD_</c>.</param>
    /// <returns>The values; empty when the field is missing or blank.</returns>
    public IReadOnlyList<string> GetValues(string variableName) =>
        _raw.TryGetValue(variableName, out var raw) ? AxcelerateFieldText.Values(raw) : [];

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() =>
        _raw.Select(p => new KeyValuePair<string, string?>(p.Key, AxcelerateFieldText.From(p.Value))).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal static AxcelerateCustomFieldDictionary From(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in record.EnumerateObject())
        {
            if (property.Name.Length > Prefix.Length && property.Name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                values[property.Name[Prefix.Length..]] = property.Value;
            }
        }

        return values.Count == 0 ? Empty : new AxcelerateCustomFieldDictionary(values);
    }
}
