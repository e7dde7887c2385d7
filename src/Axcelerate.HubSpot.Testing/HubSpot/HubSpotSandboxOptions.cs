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

    // Rate limits: strict by default, as a Free/Starter portal's private app gets them. UseProfessionalLimits() for a
    // Professional portal; WithoutRateLimits() only for tests that must not be throttled (say why where you call it).

    /// <summary>
    /// Private-app requests allowed per rolling 10 seconds (HubSpot: 100 Free/Starter, the default; 190
    /// Professional/Enterprise; 250 with the API limit increase); null turns the limit off.
    /// </summary>
    public int? TenSecondlyLimit { get; set; } = 100;

    /// <summary>
    /// Private-app requests allowed per day (HubSpot: 250,000 Free/Starter, the default; 625,000 Professional;
    /// 1,000,000 Enterprise), reported in <c>X-HubSpot-RateLimit-Daily/-Daily-Remaining</c> and reset at midnight in
    /// the portal's <see cref="TimeZone"/>, as HubSpot does; null turns it off. OAuth calls have no daily limit and get
    /// no daily headers.
    /// </summary>
    public int? DailyLimit { get; set; } = 250_000;

    /// <summary>
    /// The portal's time zone (an IANA id, <c>Australia/Sydney</c> by default): reported by the account-info details
    /// endpoint, and the zone whose midnight resets the daily limit.
    /// </summary>
    public string TimeZone { get; set; } = "Australia/Sydney";

    /// <summary>Search requests allowed per second across every caller (HubSpot: 5, the default); null turns it off.</summary>
    public int? SearchPerSecondLimit { get; set; } = 5;

    /// <summary>Requests per rolling 10 seconds for OAuth access tokens (HubSpot: 110 per installing account whatever the tier); null turns it off.</summary>
    public int? OAuthTenSecondlyLimit { get; set; } = 110;

    /// <summary>Applies a Professional portal's limits: 190 per 10 seconds, 625,000 per day, 5 searches per second, OAuth 110 per 10 seconds.</summary>
    /// <returns>These options.</returns>
    public HubSpotSandboxOptions UseProfessionalLimits()
    {
        TenSecondlyLimit = 190;
        DailyLimit = 625_000;
        SearchPerSecondLimit = 5;
        OAuthTenSecondlyLimit = 110;
        return this;
    }

    /// <summary>Turns every rate limit off (an explicit opt-out for tests that must not be throttled).</summary>
    /// <returns>These options.</returns>
    public HubSpotSandboxOptions WithoutRateLimits()
    {
        TenSecondlyLimit = null;
        DailyLimit = null;
        SearchPerSecondLimit = null;
        OAuthTenSecondlyLimit = null;
        return this;
    }

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

    // Production strictness of records, batch, search and values (on by default, like HubSpot; relax one per test).

    /// <summary>
    /// How long a write (and an association change) takes to become visible to search, on the sandbox clock
    /// (HubSpot: "a few moments"); 3 seconds by default. Seeded demo data is visible at once. Zero makes search see
    /// every write immediately.
    /// </summary>
    public TimeSpan SearchLag { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Batch results come back in random order, as HubSpot's do (true by default); false keeps input order.</summary>
    public bool ShuffleBatchResults { get; set; } = true;

    /// <summary>
    /// Whether successful batch results echo the input's <c>objectWriteTraceId</c>; HubSpot does not (false by
    /// default). Errors always carry it in <c>context.objectWriteTraceId</c>.
    /// </summary>
    public bool EchoBatchTraceIds { get; set; }

    /// <summary>
    /// Batch read/update/upsert/archive refuse a request that repeats an id or idProperty value (emails compared
    /// case-insensitively) with HubSpot's 400 "Duplicate IDs found in batch input" (true by default).
    /// </summary>
    public bool RejectDuplicateBatchIds { get; set; } = true;

    /// <summary>
    /// <c>idProperty</c> rules as in HubSpot (true by default): <c>email</c> only on single get/update, batch read and
    /// batch upsert; any other idProperty must be a <c>hasUniqueValue</c> property, and unique values are enforced on
    /// every write. False accepts any property as idProperty and does not enforce uniqueness.
    /// </summary>
    public bool EnforceIdPropertyRules { get; set; } = true;

    /// <summary>
    /// Property values are validated like HubSpot does (true by default): enumeration options (<c>lifecyclestage</c>,
    /// <c>dealstage</c> against the deal's pipeline, <c>hubspot_owner_id</c> against owners), number, date (midnight
    /// UTC), datetime, bool and email formats, and read-only or calculated properties; every problem is listed in a 400
    /// <c>VALIDATION_ERROR</c>. False only checks that the properties exist, and ignores writes to read-only ones.
    /// </summary>
    public bool ValidatePropertyValues { get; set; } = true;

    /// <summary>
    /// Search compares like HubSpot (true by default): enumeration filters exactly (case-sensitive), <c>IN</c>/<c>NOT_IN</c>
    /// on text against the lower-cased stored value (so upper-case values match nothing), and string properties as
    /// text, never as numbers. False compares everything case-insensitively and numbers numerically.
    /// </summary>
    public bool StrictSearchMatching { get; set; } = true;
}
