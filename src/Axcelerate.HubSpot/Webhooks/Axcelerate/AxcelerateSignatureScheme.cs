namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// How <c>Ax-Signature</c> is computed from the raw body and the private key. aXcelerate documents only "sha256 of the
/// payload with the key"; <see cref="HmacSha256Hex"/> is the default.
/// </summary>
public enum AxcelerateSignatureScheme
{
    /// <summary>HMAC-SHA256 of the raw body keyed with the UTF-8 private key, as hexadecimal (either case; a <c>sha256=</c> prefix is allowed).</summary>
    HmacSha256Hex,

    /// <summary>HMAC-SHA256 of the raw body keyed with the UTF-8 private key, as Base64 (a <c>sha256=</c> prefix is allowed).</summary>
    HmacSha256Base64,
}
