using System.Globalization;
using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;

namespace Axcelerate.HubSpot.HubSpotApi.Resilience;

/// <summary>How long HubSpot asked the caller to wait, read from an answer.</summary>
internal static class HubSpotRetryAfter
{
    /// <summary>The <c>Retry-After</c> header as a wait (seconds or a date), never negative; null when absent.</summary>
    public static TimeSpan? FromHeader(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? time.GetUtcNow());
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>
    /// The wait for a failed answer's exception: <c>Retry-After</c> when sent; for a 429 without it, one rolling window
    /// (<c>X-HubSpot-RateLimit-Interval-Milliseconds</c>, else 10 seconds; 1 second for the search limit). The daily
    /// limit is not handled here: its wait is the time until the reset.
    /// </summary>
    public static TimeSpan? ForException(HttpResponseMessage response, ErrorBody? body, TimeProvider time)
    {
        if (FromHeader(response, time) is { } wait)
        {
            return wait;
        }

        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        if (HubSpotRateLimitKinds.Classify(body) == HubSpotRateLimitKind.Secondly)
        {
            return TimeSpan.FromSeconds(1);
        }

        return response.Headers.TryGetValues("X-HubSpot-RateLimit-Interval-Milliseconds", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms > 0
            ? TimeSpan.FromMilliseconds(ms)
            : HubSpotRateGovernor.DefaultInterval;
    }
}
