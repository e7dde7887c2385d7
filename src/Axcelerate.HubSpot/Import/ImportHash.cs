using System.Security.Cryptography;
using System.Text;

namespace Axcelerate.HubSpot.Import;

/// <summary>The hash of the aXcelerate values a HubSpot record maps to, kept in the link's <see cref="Storage.SyncStamp"/>.</summary>
internal static class ImportHash
{
    public static string Of(IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in values.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(key.ToUpperInvariant()).Append('\u001F').Append(value).Append('\u001E');
        }

        return "import-v1:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
