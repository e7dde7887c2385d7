using System.Security.Cryptography;
using System.Text;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Checks <c>Ax-Signature</c> over the raw body; the problem it returns never holds the key or the body.</summary>
internal static class AxcelerateWebhookSignature
{
    public const string VersionHeader = "Ax-Signature-Version";
    public const string SignatureHeader = "Ax-Signature";

    /// <summary>Null when the signature is valid; otherwise why not.</summary>
    public static string? Check(WebhookRequest request, string key, AxcelerateSignatureScheme scheme)
    {
        var headers = new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase);
        if (!headers.TryGetValue(SignatureHeader, out var sent) || string.IsNullOrWhiteSpace(sent))
        {
            return headers.TryGetValue(VersionHeader, out var version) && version.Trim() == "0"
                ? $"the delivery is unsigned ({VersionHeader}: 0) but a signing key is configured; set the same private key in aXcelerate's webhook settings"
                : $"the {SignatureHeader} header is missing";
        }

        if (headers.TryGetValue(VersionHeader, out var declared) && declared.Trim() != "1")
        {
            return $"{VersionHeader} '{Shorten(declared)}' is not 1";
        }

        var text = sent.Trim();
        if (text.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase))
        {
            text = text["sha256=".Length..];
        }

        byte[] claimed;
        try
        {
            claimed = scheme == AxcelerateSignatureScheme.HmacSha256Base64 ? Convert.FromBase64String(text) : Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return $"the {SignatureHeader} header is not {(scheme == AxcelerateSignatureScheme.HmacSha256Base64 ? "Base64" : "hexadecimal")} ({scheme})";
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), request.Body.Span);
        return CryptographicOperations.FixedTimeEquals(expected, claimed)
            ? null
            : $"the {SignatureHeader} does not match the body signed with the configured key ({scheme})";
    }

    private static string Shorten(string value) => value.Length <= 10 ? value : value[..10] + "…";
}
