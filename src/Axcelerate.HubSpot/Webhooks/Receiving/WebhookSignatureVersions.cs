namespace Axcelerate.HubSpot.Webhooks;

/// <summary>The HubSpot request-signature versions a receiver accepts (<see cref="WebhookReceiverOptions.AllowedSignatureVersions"/>).</summary>
[Flags]
public enum WebhookSignatureVersions
{
    /// <summary>No version: nothing would be accepted (refused by the options check).</summary>
    None = 0,

    /// <summary>
    /// <c>X-HubSpot-Signature</c> with <c>X-HubSpot-Signature-Version: v1</c>: hex SHA-256 of client secret + body.
    /// No timestamp, so a captured request can be replayed; for older apps only.
    /// </summary>
    V1 = 1,

    /// <summary>
    /// <c>X-HubSpot-Signature</c> with <c>X-HubSpot-Signature-Version: v2</c>: hex SHA-256 of client secret + method +
    /// URI + body. No timestamp; for older apps only.
    /// </summary>
    V2 = 2,

    /// <summary>
    /// <c>X-HubSpot-Signature-v3</c> with <c>X-HubSpot-Request-Timestamp</c>: base64 HMAC-SHA256 keyed with the client
    /// secret over method + decoded URI + body + timestamp. The default and the one HubSpot recommends.
    /// </summary>
    V3 = 4,

    /// <summary>All three versions.</summary>
    All = V1 | V2 | V3,
}
