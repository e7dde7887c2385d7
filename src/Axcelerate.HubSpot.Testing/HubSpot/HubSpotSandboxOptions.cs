namespace Axcelerate.HubSpot.Testing.HubSpot;

/// <summary>How the emulated HubSpot portal behaves.</summary>
public sealed class HubSpotSandboxOptions
{
    /// <summary>The port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The private-app token the sandbox accepts as a bearer token.</summary>
    public string AccessToken { get; set; } = "sandbox-hubspot-token";

    /// <summary>The portal (hub) id reported in webhooks and tokens.</summary>
    public long PortalId { get; set; } = 24_680_135;

    /// <summary>
    /// Requests allowed per rolling 10 seconds (HubSpot: 100 Free/Starter, 190 Professional/Enterprise, 250 with the
    /// API limit increase); null turns the 10-second limit off (the default, so that unrelated tests are not throttled).
    /// </summary>
    public int? TenSecondlyLimit { get; set; }

    /// <summary>Requests allowed per day (HubSpot: 250,000 / 625,000 / 1,000,000); null for no daily limit.</summary>
    public int? DailyLimit { get; set; }

    /// <summary>Search requests allowed per second (HubSpot: 5); null turns the search limit off (the default).</summary>
    public int? SearchPerSecondLimit { get; set; }

    /// <summary>How long a write takes to become visible to search (HubSpot: "a few moments"); zero by default.</summary>
    public TimeSpan SearchLag { get; set; } = TimeSpan.Zero;

    /// <summary>The OAuth app's client id accepted by the authorize and token endpoints.</summary>
    public string OAuthClientId { get; set; } = "sandbox-client-id";

    /// <summary>The OAuth app's client secret accepted by the token endpoints.</summary>
    public string OAuthClientSecret { get; set; } = "sandbox-client-secret";

    /// <summary>The redirect URI the OAuth app is registered with; null accepts any.</summary>
    public Uri? OAuthRedirectUri { get; set; }

    /// <summary>How long an OAuth access token lives (HubSpot: 30 minutes).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The scopes the private-app token was granted; null grants every scope. A call needing a scope the token lacks
    /// is answered 403 MISSING_SCOPES, as HubSpot does.
    /// </summary>
    public IReadOnlyCollection<string>? PrivateAppScopes { get; set; }

    // Webhooks, change sources and merges (hs-webhooks).

    /// <summary>
    /// The id of the app behind <see cref="AccessToken"/> and the OAuth tokens: its API writes arrive in webhooks as
    /// <c>changeSource</c> <c>INTEGRATION</c> with this id as <c>sourceId</c>, and its webhook events carry it as <c>appId</c>.
    /// </summary>
    public long AppId { get; set; } = 1_160_452;

    /// <summary>
    /// A second private-app token, for another app installed in the same portal: writes made with it arrive as
    /// <c>INTEGRATION</c> with <see cref="OtherAppId"/> as <c>sourceId</c>, so an integration can be tested to suppress
    /// only its own echoes. Null accepts no second token.
    /// </summary>
    public string? OtherAppToken { get; set; } = "sandbox-other-app-token";

    /// <summary>The id of the app behind <see cref="OtherAppToken"/>.</summary>
    public long OtherAppId { get; set; } = 2_271_563;
}
