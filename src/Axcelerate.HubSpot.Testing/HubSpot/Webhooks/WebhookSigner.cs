using System.Security.Cryptography;
using System.Text;

namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>HubSpot's webhook signatures.</summary>
internal static class WebhookSigner
{
    // HubSpot decodes exactly these escapes in the URI before hashing it for v3 (and no others).
    private static readonly (string Escape, char Character)[] DecodedEscapes =
    [
        ("%3A", ':'), ("%2F", '/'), ("%3F", '?'), ("%40", '@'), ("%21", '!'), ("%24", '$'),
        ("%27", '\''), ("%28", '('), ("%29", ')'), ("%2A", '*'), ("%2C", ','), ("%3B", ';'),
    ];

    /// <summary>v3: base64(HMAC-SHA256(key = client secret, UTF-8 of method + decoded uri + body + timestamp)).</summary>
    public static string V3(string clientSecret, string method, string uri, string body, string timestamp) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(method + DecodeUri(uri) + body + timestamp)));

    /// <summary>v1: hex(SHA-256(client secret + body)).</summary>
    public static string V1(string clientSecret, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientSecret + body)));

    /// <summary>The URI as HubSpot hashes it for v3: <c>%3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B</c> decoded, every other escape kept.</summary>
    public static string DecodeUri(string uri)
    {
        var builder = new StringBuilder(uri.Length);
        for (var i = 0; i < uri.Length; i++)
        {
            if (uri[i] == '%' && i + 2 < uri.Length)
            {
                var escape = uri.Substring(i, 3);
                var match = Array.FindIndex(DecodedEscapes, e => string.Equals(escape, e.Escape, StringComparison.OrdinalIgnoreCase));
                if (match >= 0)
                {
                    builder.Append(DecodedEscapes[match].Character);
                    i += 2;
                    continue;
                }
            }

            builder.Append(uri[i]);
        }

        return builder.ToString();
    }
}
