namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// How HubSpot webhook deliveries are received: <see cref="HubSpotIntegrationOptions.Webhooks"/>, bound from
/// <c>HubSpotIntegration:Webhooks</c>. The signing secret is the app's client secret,
/// <c>HubSpotIntegration:HubSpot:ClientSecret</c>.
/// </summary>
public sealed class WebhookReceiverOptions
{
    /// <summary>The default <see cref="MaxBodyBytes"/>: 1 MB (HubSpot sends at most 100 events a request, far less).</summary>
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>Bodies larger than this many bytes are refused with 413 and not read further; 1 MB by default, at least 1 KB.</summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>
    /// The public URL base HubSpot sends to, when the host sits behind a proxy or load balancer that changes the
    /// scheme, host, port or path base (e.g. <c>https://crm.example.edu.au/integration</c>). It replaces the scheme,
    /// host, port and path base of the URL the host saw before the v2 and v3 signatures are checked; the rest of the
    /// path and the query are kept. Null (the default) checks the URL as the host received it.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// The signature versions accepted; <see cref="WebhookSignatureVersions.V3"/> by default. When a request carries a
    /// v3 signature and v3 is allowed, only v3 is checked (a bad v3 signature is never rescued by an older one). Allow
    /// <see cref="WebhookSignatureVersions.V1"/> or <see cref="WebhookSignatureVersions.V2"/> only for older apps: they
    /// carry no timestamp, so a captured request can be replayed.
    /// </summary>
    public WebhookSignatureVersions AllowedSignatureVersions { get; set; } = WebhookSignatureVersions.V3;

    /// <summary>
    /// How far <c>X-HubSpot-Request-Timestamp</c> may be from the host's clock: older is refused (HubSpot: 5 minutes,
    /// the default), and so is a timestamp further than this in the future (clock skew between HubSpot and the host
    /// is allowed up to the same amount). Between 1 second and 1 hour.
    /// </summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
