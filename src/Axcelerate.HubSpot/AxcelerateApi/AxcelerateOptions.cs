namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>How to reach and authenticate with an aXcelerate account (<c>HubSpotIntegration:Axcelerate</c>).</summary>
/// <remarks>The tokens are secrets: they are sent only as the <c>apitoken</c> and <c>wstoken</c> headers and never logged.</remarks>
public sealed class AxcelerateOptions
{
    /// <summary>The account's API root, <c>https://{sub}.app.axcelerate.com/api</c> (staging <c>https://{sub}.stg.axcelerate.com/api</c>); a trailing slash is optional.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The API token issued by aXcelerate support (sent as the <c>apitoken</c> header).</summary>
    public string? ApiToken { get; set; }

    /// <summary>The web-service token created in the account (sent as the <c>wstoken</c> header); calls run with its user's permissions.</summary>
    public string? WsToken { get; set; }

    /// <summary>Client-side throttle: the most requests per second sent to the account (default 10). aXcelerate publishes no quota.</summary>
    public double RequestsPerSecond { get; set; } = 10;

    /// <summary>The account's IANA time zone (default <c>Australia/Sydney</c>); aXcelerate dates without an offset are read in it.</summary>
    public string TimeZone { get; set; } = "Australia/Sydney";

    /// <summary>How many times a throttled (429) or unavailable (503) request is retried (default 3; 0 disables retries).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay for a 503; doubled per attempt with ±20 % jitter (default 1 second).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off between attempts (default 30 seconds).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest <c>Retry-After</c> the client waits for; a longer one surfaces as an <see cref="AxcelerateApiException"/> (default 2 minutes).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long one attempt may take, throttle wait included (default 100 seconds). Waits between retries are not
    /// counted, so a long <c>Retry-After</c> is honoured; an attempt that times out surfaces as an <see cref="AxcelerateApiException"/> without a status code.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>How long the task lookups (statuses, priorities, categories, opportunity statuses) are cached (default 15 minutes).</summary>
    public TimeSpan LookupCacheDuration { get; set; } = TimeSpan.FromMinutes(15);
}
