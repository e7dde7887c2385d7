using System.Text.Json;
using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// A record read from aXcelerate. Besides the typed properties it keeps every field exactly as received in
/// <see cref="Raw"/>, so field mappings can read any field by its aXcelerate name (case-insensitively).
/// </summary>
public abstract class AxcelerateRecord
{
    /// <summary>The record as aXcelerate sent it (upper-case keys); <c>default</c> when built in code.</summary>
    [JsonIgnore]
    public JsonElement Raw { get; internal set; }

    /// <summary>Reads a field by its aXcelerate name, ignoring case (<c>"mobilephone"</c> finds <c>MOBILEPHONE</c>).</summary>
    /// <param name="name">The field name, e.g. <c>MOBILEPHONE</c> or <c>CUSTOMFIELD_FAVOURITECOLOUR</c>.</param>
    /// <param name="value">The raw value when found.</param>
    /// <returns>Whether the record carries the field.</returns>
    public bool TryGetField(string name, out JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Raw.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in Raw.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads a field as text the way the typed properties do: <c>""</c> and null give <see langword="null"/>, numbers
    /// and booleans their invariant text, arrays their items joined with commas.
    /// </summary>
    /// <param name="name">The field name, case-insensitive.</param>
    /// <returns>The text, or <see langword="null"/> when missing or empty.</returns>
    public string? GetFieldText(string name) => TryGetField(name, out var value) ? AxcelerateFieldText.From(value) : null;

    /// <summary>The names of all fields the record carries, as aXcelerate spelled them.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> FieldNames =>
        Raw.ValueKind == JsonValueKind.Object ? Raw.EnumerateObject().Select(p => p.Name).ToArray() : [];
}
