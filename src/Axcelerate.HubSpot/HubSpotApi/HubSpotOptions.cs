namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>How to reach and authenticate with a HubSpot portal (<c>HubSpotIntegration:HubSpot</c>).</summary>
/// <remarks>
/// Authenticate either with a static <see cref="AccessToken"/> (private app or service key) or with OAuth 2.0
/// (<see cref="ClientId"/>, <see cref="ClientSecret"/>, <see cref="RedirectUri"/>, <see cref="Scopes"/>).
/// <see cref="ToString"/> never prints the token or the client secret.
/// </remarks>
public sealed class HubSpotOptions
{
    /// <summary>The API root; <c>https://api.hubapi.com</c> unless pointed at the sandbox.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.hubapi.com");

    /// <summary>A private-app or service-key token; leave empty when using OAuth.</summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// The API version used to build every path: <c>2026-03</c> (default, date-based paths such as
    /// <c>/crm/objects/2026-03/contacts</c>) or <c>v3</c> (legacy <c>/crm/v3/…</c> and <c>/crm/v4/…</c> paths).
    /// </summary>
    public string ApiVersion { get; set; } = HubSpotApiVersion.March2026;

    /// <summary>The OAuth app's client id; set with <see cref="ClientSecret"/> instead of <see cref="AccessToken"/>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth app's client secret. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Where HubSpot sends the user back with the authorisation code; must match the app's settings.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>The OAuth scopes the integration requires (space-joined into the authorisation URL).</summary>
    public IList<string> Scopes { get; set; } = [];

    /// <summary>OAuth scopes requested when available but not required.</summary>
    public IList<string> OptionalScopes { get; set; } = [];

    /// <summary>HubSpot's authorisation page; change only for EU-hosted accounts or the sandbox.</summary>
    public Uri AuthorizationEndpoint { get; set; } = new("https://app.hubspot.com/oauth/authorize");

    /// <summary>The HubSpot account (portal, hub) id that builds addresses in HubSpot's UI with <see cref="UiBaseUrl"/>. Null: read once from HubSpot's account-info details (portal id and web app).</summary>
    public long? PortalId { get; set; }

    /// <summary>HubSpot's web app for UI addresses when <see cref="PortalId"/> is set: <c>https://app.hubspot.com/</c>, or <c>https://app-eu1.hubspot.com/</c> for EU-hosted accounts.</summary>
    public Uri UiBaseUrl { get; set; } = new("https://app.hubspot.com/");

    /// <summary>
    /// The portal's subscription tier; sizes the rolling 10-second request window of a private app (100, 190 or 250
    /// requests). OAuth apps get 110 whatever the tier. HubSpot's <c>X-HubSpot-RateLimit-Max</c> header corrects it.
    /// </summary>
    public HubSpotTier Tier { get; set; } = HubSpotTier.Free;

    /// <summary>
    /// Searches allowed per rolling second. HubSpot allows 5 per account, shared by every app of the portal, so the
    /// default 4 leaves room for others; lower it when several hosts share a portal.
    /// </summary>
    public int SearchRequestsPerSecond { get; set; } = 4;

    /// <summary>
    /// Whether several host instances sharing one store share the portal's 10-second request budget through the store
    /// (<c>HubSpotIntegration:HubSpot:ShareRateBudget</c>). Turn it on when more than one instance calls HubSpot with
    /// the same app: each instance then takes permits from the store in small chunks on top of its own window, so the
    /// instances together stay under the portal's limit instead of each spending it as if alone (and meeting 429s).
    /// False by default (one instance). Searches keep their own per-instance window (see <see cref="SearchRequestsPerSecond"/>).
    /// </summary>
    public bool ShareRateBudget { get; set; }

    /// <summary>How many times a failed request is retried (429 ten-secondly, 5xx, 423, 477, timeouts). Default 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay for 5xx, 423, 477 and timeouts; doubled (with jitter) on every retry. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait before a retry; a longer <c>Retry-After</c> is not waited for. Default 2 minutes.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one attempt may take before it counts as timed out. Default 100 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// This integration's HubSpot app id. HubSpot marks the app's own writes in webhooks with <c>changeSource</c>
    /// <c>INTEGRATION</c> and this id as <c>sourceId</c>; the webhook processor skips those as echoes. Unset: no echo is recognised that way.
    /// </summary>
    public long? AppId { get; set; }

    /// <summary>True when OAuth 2.0 settings are used rather than a static token.</summary>
    internal bool UsesOAuth => string.IsNullOrWhiteSpace(AccessToken) && !string.IsNullOrWhiteSpace(ClientId);

    /// <inheritdoc />
    public override string ToString() =>
        $"HubSpotOptions {{ BaseUrl = {BaseUrl}, ApiVersion = {ApiVersion}, Tier = {Tier}, " +
        $"AccessToken = {(string.IsNullOrEmpty(AccessToken) ? "(none)" : "(set)")}, ClientId = {ClientId ?? "(none)"}, " +
        $"ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "(none)" : "(set)")}, RedirectUri = {RedirectUri} }}";
}
