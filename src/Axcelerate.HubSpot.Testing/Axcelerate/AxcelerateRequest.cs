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
    private readonly AxcelerateStore? _store;
    private readonly string _endpoint;

    private AxcelerateRequest(Dictionary<string, string> values, AxcelerateStore? store, string endpoint)
    {
        _values = values;
        _store = store;
        _endpoint = endpoint;
    }

    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The method and path, e.g. <c>PUT /api/task/40001</c>.</summary>
    public string Endpoint => _endpoint;

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

        var store = request.HttpContext.Items.TryGetValue(typeof(AxcelerateStore), out var item) ? item as AxcelerateStore : null;
        return new AxcelerateRequest(values, store, $"{request.Method} {request.Path.Value}");
    }

    public string? this[string name] => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>The names among <paramref name="names"/> that the request lacks or leaves empty.</summary>
    public string[] Missing(params string[] names) => names.Where(n => this[n] is null).ToArray();

    private bool IsMultiValue(string variableName) =>
        _store?.CustomFields().Any(f => string.Equals(f.VariableName, variableName, StringComparison.OrdinalIgnoreCase) && AxcelerateMultiValue.IsMultiType(f.Type)) == true;

    public bool Has(string name) => _values.ContainsKey(name);

    public int Int(string name, int fallback) =>
        int.TryParse(this[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public bool Bool(string name) => this[name] is { } text && (text == "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The writable parameters present, keyed by upper-cased name, with <c>customField_x</c> as <c>CUSTOMFIELD_X</c>.
    /// Undocumented parameters are ignored, as aXcelerate ignores unknown form fields, and recorded as ignored, unless
    /// <see cref="AxcelerateSandboxOptions.AcceptUndocumentedWriteParameters"/> is set.
    /// </summary>
    public Dictionary<string, string?> Writes(HashSet<string> writable, bool customFields)
    {
        var acceptAll = _store?.Options.AcceptUndocumentedWriteParameters == true;
        var writes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in _values)
        {
            if (customFields && key.StartsWith("customField_", StringComparison.OrdinalIgnoreCase) && key.Length > 12)
            {
                writes[key.ToUpperInvariant()] = IsMultiValue(key[12..]) ? AxcelerateMultiValue.Normalise(value) : value;
            }
            else if (writable.Contains(key))
            {
                writes[key.ToUpperInvariant()] = value;
            }
            else if (!AxcelerateFields.ControlParameters.Contains(key))
            {
                if (acceptAll)
                {
                    writes[key.ToUpperInvariant()] = value;
                }
                else
                {
                    _store?.RecordIgnored($"{_endpoint}: {key}");
                }
            }
        }

        return writes;
    }
}
