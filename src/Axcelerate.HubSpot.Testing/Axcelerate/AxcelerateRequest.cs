using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>
/// The parameters of one request, read as aXcelerate (ColdFusion) reads them: URL variables and form fields together,
/// names case-insensitive. A body that is not a form is never read.
/// </summary>
internal sealed class AxcelerateRequest
{
    private readonly Dictionary<string, string> _values;

    private AxcelerateRequest(Dictionary<string, string> values) => _values = values;

    public IReadOnlyDictionary<string, string> Values => _values;

    public static async Task<AxcelerateRequest> ReadAsync(HttpRequest request)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in request.Query)
        {
            values[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            foreach (var (key, value) in form)
            {
                values[key] = value.ToString();
            }
        }

        return new AxcelerateRequest(values);
    }

    public string? this[string name] => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>The names among <paramref name="names"/> that the request lacks or leaves empty.</summary>
    public string[] Missing(params string[] names) => names.Where(n => this[n] is null).ToArray();

    public bool Has(string name) => _values.ContainsKey(name);

    public int Int(string name, int fallback) =>
        int.TryParse(this[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public bool Bool(string name) => this[name] is { } text && (text == "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The writable parameters present, keyed by upper-cased name, with <c>customField_x</c> as <c>CUSTOMFIELD_X</c>.</summary>
    public Dictionary<string, string?> Writes(HashSet<string> writable, bool customFields)
    {
        var writes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in _values)
        {
            if (writable.Contains(key) || (customFields && key.StartsWith("customField_", StringComparison.OrdinalIgnoreCase) && key.Length > 12))
            {
                writes[key.ToUpperInvariant()] = value;
            }
        }

        return writes;
    }
}
