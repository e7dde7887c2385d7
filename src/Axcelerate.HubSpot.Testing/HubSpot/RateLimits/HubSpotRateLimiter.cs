using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.HubSpot.RateLimits;

/// <summary>
/// HubSpot's limits on the sandbox clock: a rolling 10-second window for the private app and another for OAuth calls
/// (each with <c>X-HubSpot-RateLimit-Max/-Remaining/-Interval-Milliseconds</c>), a daily count for private-app calls
/// (with <c>X-HubSpot-RateLimit-Daily/-Daily-Remaining</c>, reset at midnight in the portal's time zone; OAuth calls
/// have no daily limit and get no daily headers),
/// and a per-second search window shared by every caller (search answers carry no rate-limit headers).
/// </summary>
internal sealed class HubSpotRateLimiter(HubSpotSandboxOptions options, TimeProvider timeProvider)
{
    private static readonly TimeSpan TenSeconds = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private RollingWindow? _privateApp;
    private RollingWindow? _oauth;
    private RollingWindow? _search;
    private DateOnly _day;
    private int _dailyCount;

    /// <summary>Counts the request; returns the 429 to answer, or null after adding the headers to the response.</summary>
    /// <param name="context">The request.</param>
    /// <param name="isSearch">A CRM search (its own per-second bucket, no headers).</param>
    /// <param name="isOAuth">Made with an OAuth access token rather than the private-app token.</param>
    public JsonObject? Check(HttpContext context, bool isSearch, bool isOAuth)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (isSearch)
            {
                return Window(ref _search, options.SearchPerSecondLimit, TimeSpan.FromSeconds(1)) is { } search && !search.TryAcquire(now, out _)
                    ? Body("You have reached your secondly limit.", "SECONDLY")
                    : null;
            }

            var headers = context.Response.Headers;
            var daily = isOAuth ? null : options.DailyLimit;
            if (daily is { } dailyLimit)
            {
                RollDay(now);

                headers["X-HubSpot-RateLimit-Daily"] = dailyLimit.ToString(CultureInfo.InvariantCulture);
                headers["X-HubSpot-RateLimit-Daily-Remaining"] = Math.Max(0, dailyLimit - _dailyCount - 1).ToString(CultureInfo.InvariantCulture);
                if (_dailyCount >= dailyLimit)
                {
                    headers["X-HubSpot-RateLimit-Daily-Remaining"] = "0";
                    return Body("You have reached your daily limit.", "DAILY", isOAuth);
                }
            }

            var window = isOAuth
                ? Window(ref _oauth, options.OAuthTenSecondlyLimit, TenSeconds)
                : Window(ref _privateApp, options.TenSecondlyLimit, TenSeconds);
            if (window is not null)
            {
                var acquired = window.TryAcquire(now, out var remaining);
                headers["X-HubSpot-RateLimit-Max"] = window.Limit.ToString(CultureInfo.InvariantCulture);
                headers["X-HubSpot-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
                headers["X-HubSpot-RateLimit-Interval-Milliseconds"] = "10000";
                if (!acquired)
                {
                    return Body("You have reached your ten_secondly_rolling limit.", "TEN_SECONDLY_ROLLING", isOAuth);
                }
            }

            if (daily is not null)
            {
                _dailyCount++;
            }

            return null;
        }
    }

    /// <summary>Counts <paramref name="requests"/> against today's daily limit (another app of the portal spending the shared budget); all that is left when null.</summary>
    public void SpendDaily(int? requests)
    {
        lock (_gate)
        {
            RollDay(timeProvider.GetUtcNow());
            _dailyCount = requests is { } count ? _dailyCount + count : Math.Max(_dailyCount, options.DailyLimit ?? 0);
        }
    }

    /// <summary>When the daily count starts again: the next midnight in the portal's time zone.</summary>
    public DateTimeOffset NextDailyReset()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var local = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    // HubSpot's daily limit resets at midnight in the portal's time zone.
    private void RollDay(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone)).DateTime);
        if (today != _day)
        {
            _day = today;
            _dailyCount = 0;
        }
    }

    /// <summary>HubSpot's 429 body for a policy.</summary>
    public JsonObject Body(string message, string policyName, bool isOAuth = false)
    {
        var body = new JsonObject
        {
            ["status"] = "error",
            ["message"] = message,
            ["errorType"] = "RATE_LIMIT",
            ["correlationId"] = Guid.NewGuid().ToString(),
        };
        if (policyName != "SECONDLY")
        {
            var portal = options.PortalId.ToString(CultureInfo.InvariantCulture);
            body["policyName"] = policyName;
            body["groupName"] = policyName == "DAILY"
                ? $"publicapi:private_app-api-calls-daily:{portal}"
                : isOAuth ? $"publicapi:oauth-api-calls-ten-secondly:1:{portal}" : $"publicapi:private_app-api-calls-ten-secondly:1:{portal}";
        }

        body["requestId"] = Guid.NewGuid().ToString();
        return body;
    }

    // The window for a limit, rebuilt when the limit was changed while running; null when the limit is off.
    private static RollingWindow? Window(ref RollingWindow? window, int? limit, TimeSpan length)
    {
        if (limit is not { } permits)
        {
            return null;
        }

        if (window?.Limit != permits)
        {
            window = new RollingWindow(permits, length);
        }

        return window;
    }
}
