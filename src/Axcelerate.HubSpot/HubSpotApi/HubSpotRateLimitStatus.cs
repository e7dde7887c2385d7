namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>
/// What HubSpot last said about the client's rate limits, read from the <c>X-HubSpot-RateLimit-*</c> headers of its
/// answers (see <see cref="IHubSpotClient.RateLimits"/>). Private-app and service-key calls report the portal's
/// daily budget; OAuth calls have no daily limit, so their daily values stay null.
/// </summary>
public sealed record HubSpotRateLimitStatus
{
    /// <summary>Nothing observed yet.</summary>
    public static HubSpotRateLimitStatus Unknown { get; } = new();

    /// <summary>The portal's daily request limit (<c>X-HubSpot-RateLimit-Daily</c>); null when not reported (OAuth, or no call yet).</summary>
    public int? DailyLimit { get; init; }

    /// <summary>Requests left today (<c>X-HubSpot-RateLimit-Daily-Remaining</c>); null when not reported (OAuth, or no call yet).</summary>
    public int? DailyRemaining { get; init; }

    /// <summary>Requests allowed per rolling window (<c>X-HubSpot-RateLimit-Max</c>).</summary>
    public int? WindowLimit { get; init; }

    /// <summary>Requests left in the current window (<c>X-HubSpot-RateLimit-Remaining</c>).</summary>
    public int? WindowRemaining { get; init; }

    /// <summary>The rolling window's length (<c>X-HubSpot-RateLimit-Interval-Milliseconds</c>, 10 seconds).</summary>
    public TimeSpan? Window { get; init; }

    /// <summary>When the headers were read (on the client's <see cref="TimeProvider"/>); null before the first answer.</summary>
    public DateTimeOffset? ObservedAt { get; init; }

    /// <summary>
    /// Whether the remaining daily budget covers <paramref name="requests"/> more requests: false only when HubSpot
    /// reported a daily budget smaller than that. True when no daily budget is known (OAuth has none; make one cheap
    /// call first, e.g. read one owner, to learn a private app's budget).
    /// </summary>
    /// <param name="requests">How many requests the work needs.</param>
    /// <returns>False when the work would run out of today's budget.</returns>
    public bool CanAfford(long requests)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        return DailyRemaining is not { } remaining || requests <= remaining;
    }
}
