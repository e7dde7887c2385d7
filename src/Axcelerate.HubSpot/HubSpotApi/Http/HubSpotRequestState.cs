namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>
/// Per-request notes shared by the handlers: what limit a 429 reported, and how long to wait before the next
/// attempt. The retry policy decides the wait; the rate-limit handler waits it through <see cref="TimeProvider"/>.
/// </summary>
internal sealed class HubSpotRequestState
{
    private static readonly HttpRequestOptionsKey<HubSpotRequestState> Key = new("Axcelerate.HubSpot.RequestState");

    public HubSpotRateLimitKind RateLimit { get; set; }

    public TimeSpan? PendingDelay { get; set; }

    public static HubSpotRequestState Of(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(Key, out var state))
        {
            state = new HubSpotRequestState();
            request.Options.Set(Key, state);
        }

        return state;
    }
}
