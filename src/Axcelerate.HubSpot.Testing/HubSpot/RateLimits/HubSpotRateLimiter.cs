using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.HubSpot.RateLimits;

/// <summary>
/// HubSpot's limits on the sandbox clock: a rolling 10-second window per app (with the X-HubSpot-RateLimit-* headers),
/// an optional daily count, and 5 searches per second (search answers carry no rate-limit headers).
/// </summary>
internal sealed class HubSpotRateLimiter(HubSpotSandboxOptions options, TimeProvider timeProvider)
{
    private static readonly TimeSpan TenSeconds = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Queue<DateTimeOffset> _recentSearches = new();
    private DateOnly _day;
    private int _dailyCount;

    /// <summary>Counts the request; returns the 429 to answer, or null after adding the headers to the response.</summary>
    public JsonObject? Check(HttpContext context, bool isSearch)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (isSearch)
            {
                if (options.SearchPerSecondLimit is { } perSecond)
                {
                    Trim(_recentSearches, now - TimeSpan.FromSeconds(1));
                    if (_recentSearches.Count >= perSecond)
                    {
                        return Body("You have reached your secondly limit.", "SECONDLY");
                    }

                    _recentSearches.Enqueue(now);
                }

                return null;
            }

            var today = DateOnly.FromDateTime(now.UtcDateTime);
            if (today != _day)
            {
                _day = today;
                _dailyCount = 0;
            }

            if (options.DailyLimit is { } daily)
            {
                if (_dailyCount >= daily)
                {
                    return Body("You have reached your daily limit.", "DAILY");
                }

                context.Response.Headers["X-HubSpot-RateLimit-Daily"] = daily.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-HubSpot-RateLimit-Daily-Remaining"] = (daily - _dailyCount - 1).ToString(CultureInfo.InvariantCulture);
            }

            if (options.TenSecondlyLimit is { } max)
            {
                Trim(_recent, now - TenSeconds);
                if (_recent.Count >= max)
                {
                    context.Response.Headers["X-HubSpot-RateLimit-Max"] = max.ToString(CultureInfo.InvariantCulture);
                    context.Response.Headers["X-HubSpot-RateLimit-Remaining"] = "0";
                    context.Response.Headers["X-HubSpot-RateLimit-Interval-Milliseconds"] = "10000";
                    return Body("You have reached your ten_secondly_rolling limit.", "TEN_SECONDLY_ROLLING");
                }

                _recent.Enqueue(now);
                context.Response.Headers["X-HubSpot-RateLimit-Max"] = max.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-HubSpot-RateLimit-Remaining"] = (max - _recent.Count).ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-HubSpot-RateLimit-Interval-Milliseconds"] = "10000";
            }

            _dailyCount++;
            return null;
        }
    }

    /// <summary>HubSpot's 429 body for a policy.</summary>
    public JsonObject Body(string message, string policyName)
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
            body["policyName"] = policyName;
            body["groupName"] = policyName == "DAILY"
                ? $"publicapi:private_app-api-calls-daily:{options.PortalId.ToString(CultureInfo.InvariantCulture)}"
                : $"publicapi:private_app-api-calls-ten-secondly:1:{options.PortalId.ToString(CultureInfo.InvariantCulture)}";
        }

        body["requestId"] = Guid.NewGuid().ToString();
        return body;
    }

    private static void Trim(Queue<DateTimeOffset> queue, DateTimeOffset cutoff)
    {
        while (queue.Count > 0 && queue.Peek() <= cutoff)
        {
            queue.Dequeue();
        }
    }
}
