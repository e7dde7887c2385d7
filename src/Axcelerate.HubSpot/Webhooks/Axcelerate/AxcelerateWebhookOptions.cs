namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// How aXcelerate webhook deliveries are received: <see cref="HubSpotIntegrationOptions.AxcelerateWebhooks"/>, bound from
/// <c>HubSpotIntegration:AxcelerateWebhooks</c>.
/// </summary>
public sealed class AxcelerateWebhookOptions
{
    /// <summary>The default <see cref="MaxBodyBytes"/>: 1 MB (one event is a few KB).</summary>
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// The private key set in aXcelerate's webhook settings. With a key, every delivery must carry a valid
    /// <c>Ax-Signature</c> (<c>Ax-Signature-Version: 1</c>) or it is refused with 401. Never logged.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Whether deliveries are accepted unchecked when no <see cref="SigningKey"/> is set; false (the default) fails the
    /// host with <c>MapAxcelerateWebhooks</c> at start (a receiver called directly answers 500). Set it only where the endpoint
    /// cannot be reached by anyone but aXcelerate. Ignored when a key is set.
    /// </summary>
    public bool AcceptUnsigned { get; set; }

    /// <summary>How the signature is computed; <see cref="AxcelerateSignatureScheme.HmacSha256Hex"/> by default.</summary>
    public AxcelerateSignatureScheme SignatureScheme { get; set; } = AxcelerateSignatureScheme.HmacSha256Hex;

    /// <summary>Bodies larger than this many bytes are refused with 413 and not read further; 1 MB by default, at least 1 KB.</summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;
}
