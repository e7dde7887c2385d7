using System.Globalization;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>
/// Builds an <c>application/x-www-form-urlencoded</c> body (or a query) with aXcelerate's exact parameter names.
/// A <see langword="null"/> value is left out; an empty string is sent, which clears the field in aXcelerate.
/// </summary>
internal sealed class AxcelerateForm
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public AxcelerateForm Add(string name, string? value)
    {
        if (value is not null)
        {
            _fields.Add(new(name, value));
        }

        return this;
    }

    public AxcelerateForm Add(string name, long? value) =>
        value is { } v ? Add(name, v.ToString(CultureInfo.InvariantCulture)) : this;

    public AxcelerateForm Add(string name, int? value) =>
        value is { } v ? Add(name, v.ToString(CultureInfo.InvariantCulture)) : this;

    public AxcelerateForm Add(string name, decimal? value) =>
        value is { } v ? Add(name, v.ToString(CultureInfo.InvariantCulture)) : this;

    public AxcelerateForm Add(string name, bool? value) =>
        value is { } v ? Add(name, v ? "true" : "false") : this;

    public AxcelerateForm Add(string name, DateOnly? value) =>
        value is { } v ? Add(name, AxcelerateDates.FormatDate(v)) : this;

    /// <summary>Adds a list as one comma-delimited value, as aXcelerate documents for id lists.</summary>
    public AxcelerateForm AddList(string name, IEnumerable<long>? values) =>
        values is null ? this : Add(name, string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Adds <c>customField_{name}</c> parameters.</summary>
    public AxcelerateForm AddCustomFields(IReadOnlyDictionary<string, string?>? values)
    {
        if (values is null)
        {
            return this;
        }

        foreach (var (name, value) in values)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A custom field name is empty.", nameof(values));
            }

            Add("customField_" + StripPrefix(name), value ?? string.Empty);
        }

        return this;
    }

    /// <summary>Adds parameters given by their exact aXcelerate names (for fields without a typed property).</summary>
    public AxcelerateForm AddRaw(IReadOnlyDictionary<string, string?>? values)
    {
        if (values is null)
        {
            return this;
        }

        foreach (var (name, value) in values)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("An additional parameter name is empty.", nameof(values));
            }

            Add(name, value ?? string.Empty);
        }

        return this;
    }

    public FormUrlEncodedContent ToContent() => new(_fields);

    public Dictionary<string, string> ToQuery()
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in _fields)
        {
            query[name] = value;
        }

        return query;
    }

    private static string StripPrefix(string name) =>
        name.StartsWith("customField_", StringComparison.OrdinalIgnoreCase) ? name["customField_".Length..] : name;
}
