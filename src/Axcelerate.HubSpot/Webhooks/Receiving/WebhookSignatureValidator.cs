using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// HubSpot's request signatures (developers.hubspot.com, "Validating requests from HubSpot"), every comparison in
/// constant time over the raw body bytes.
/// </summary>
internal static class WebhookSignatureValidator
{
    public const string SignatureV3Header = "X-HubSpot-Signature-v3";
    public const string TimestampHeader = "X-HubSpot-Request-Timestamp";
    public const string SignatureHeader = "X-HubSpot-Signature";
    public const string SignatureVersionHeader = "X-HubSpot-Signature-Version";

    // HubSpot decodes exactly these escapes in the URL before hashing it for v3; every other escape stays as sent.
    private static readonly string[] DecodedEscapes = ["%3A", "%2F", "%3F", "%40", "%21", "%24", "%27", "%28", "%29", "%2A", "%2C", "%3B"];

    /// <summary>Checks the request's signature; returns null when it is valid, else why not (no secret, no body).</summary>
    /// <param name="request">The request.</param>
    /// <param name="signedUri">The URL HubSpot signed (the public URL when behind a proxy).</param>
    /// <param name="clientSecret">The app's client secret.</param>
    /// <param name="allowed">The versions accepted.</param>
    /// <param name="now">The host's clock.</param>
    /// <param name="tolerance">How far the v3 timestamp may be from <paramref name="now"/>, either way.</param>
    public static string? Check(WebhookRequest request, string signedUri, string clientSecret, WebhookSignatureVersions allowed, DateTimeOffset now, TimeSpan tolerance)
    {
        var v3 = Header(request, SignatureV3Header);
        if (v3 is not null && allowed.HasFlag(WebhookSignatureVersions.V3))
        {
            return CheckV3(request, signedUri, clientSecret, v3, now, tolerance);
        }

        var legacy = Header(request, SignatureHeader);
        if (legacy is null)
        {
            return v3 is null
                ? "no HubSpot signature (X-HubSpot-Signature-v3 or X-HubSpot-Signature)"
                : "the request carries only a v3 signature, which is not among the allowed signature versions";
        }

        var version = Header(request, SignatureVersionHeader)?.Trim();
        var (flag, source) = version?.ToUpperInvariant() switch
        {
            // v1: secret + body; v2: secret + method + URL (as signed, not decoded) + body.
            "V1" => (WebhookSignatureVersions.V1, clientSecret),
            "V2" => (WebhookSignatureVersions.V2, clientSecret + request.Method + signedUri),
            _ => (WebhookSignatureVersions.None, string.Empty),
        };
        if (flag == WebhookSignatureVersions.None)
        {
            return version is null or ""
                ? "X-HubSpot-Signature without X-HubSpot-Signature-Version"
                : "X-HubSpot-Signature-Version names an unknown signature version";
        }

        if (!allowed.HasFlag(flag))
        {
            return v3 is null
                ? $"signature version {flag} is not among the allowed signature versions and no v3 signature was sent"
                : $"signature version {flag} is not among the allowed signature versions";
        }

        byte[] expected;
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(source));
            hash.AppendData(request.Body.Span);
            expected = hash.GetHashAndReset();
        }

        return TryFromHex(legacy.Trim(), out var given) && CryptographicOperations.FixedTimeEquals(expected, given)
            ? null
            : $"the {flag} signature does not match";
    }

    /// <summary>The URL as HubSpot hashes it for v3: <c>%3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B</c> decoded (either case), every other escape kept.</summary>
    public static string DecodeUri(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.Contains('%', StringComparison.Ordinal))
        {
            return uri;
        }

        var builder = new StringBuilder(uri.Length);
        for (var i = 0; i < uri.Length; i++)
        {
            if (uri[i] == '%' && i + 2 < uri.Length && Array.Exists(DecodedEscapes, e => string.Compare(uri, i, e, 0, 3, StringComparison.OrdinalIgnoreCase) == 0))
            {
                builder.Append((char)Convert.ToByte(uri.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            builder.Append(uri[i]);
        }

        return builder.ToString();
    }

    private static string? CheckV3(WebhookRequest request, string signedUri, string clientSecret, string signature, DateTimeOffset now, TimeSpan tolerance)
    {
        var timestamp = Header(request, TimestampHeader)?.Trim();
        if (string.IsNullOrEmpty(timestamp))
        {
            return "X-HubSpot-Signature-v3 without X-HubSpot-Request-Timestamp";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return "X-HubSpot-Request-Timestamp is not a time in milliseconds since 1970";
        }

        var age = now - DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        if (age > tolerance)
        {
            return $"X-HubSpot-Request-Timestamp is {FormatAge(age)} old, more than the {tolerance} allowed (a replayed or long-delayed request)";
        }

        if (-age > tolerance)
        {
            return $"X-HubSpot-Request-Timestamp is {FormatAge(-age)} in the future, more than the {tolerance} of clock skew allowed";
        }

        byte[] expected;
        using (var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(clientSecret)))
        {
            hmac.AppendData(Encoding.UTF8.GetBytes(request.Method + DecodeUri(signedUri)));
            hmac.AppendData(request.Body.Span);
            hmac.AppendData(Encoding.UTF8.GetBytes(timestamp));
            expected = hmac.GetHashAndReset();
        }

        return TryFromBase64(signature.Trim(), out var given) && CryptographicOperations.FixedTimeEquals(expected, given)
            ? null
            : "the v3 signature does not match";
    }

    private static string FormatAge(TimeSpan age) => age.ToString(@"d\.hh\:mm\:ss", CultureInfo.InvariantCulture);

    private static bool TryFromHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length != 64)
        {
            return false;
        }

        try
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool TryFromBase64(string text, out byte[] bytes)
    {
        var buffer = new byte[48];
        if (Convert.TryFromBase64String(text, buffer, out var written))
        {
            bytes = buffer[..written];
            return true;
        }

        bytes = [];
        return false;
    }

    /// <summary>A header's value, matching the name case-insensitively whatever comparer the dictionary has.</summary>
    public static string? Header(WebhookRequest request, string name)
    {
        if (request.Headers.TryGetValue(name, out var value))
        {
            return value;
        }

        foreach (var (key, candidate) in request.Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }
}
