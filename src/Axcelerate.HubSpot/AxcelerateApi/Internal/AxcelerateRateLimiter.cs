using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>
/// The account-wide client-side throttle: a token bucket refilled at <see cref="AxcelerateOptions.RequestsPerSecond"/>,
/// shared by every aXcelerate request (retries included) in the process. Requests queue instead of failing.
/// </summary>
internal sealed class AxcelerateRateLimiter : IDisposable
{
    public AxcelerateRateLimiter(IOptions<HubSpotIntegrationOptions> options)
    {
        var perSecond = options.Value.Axcelerate.RequestsPerSecond;
        var burst = Math.Max(1, (int)Math.Floor(perSecond));
        Limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = burst,
            ReplenishmentPeriod = TimeSpan.FromSeconds(burst / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public RateLimiter Limiter { get; }

    public void Dispose() => Limiter.Dispose();
}
