namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>Waits for a token from the shared <see cref="AxcelerateRateLimiter"/> before each attempt.</summary>
internal sealed class AxcelerateThrottlingHandler(AxcelerateRateLimiter rateLimiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await rateLimiter.Limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The aXcelerate request throttle refused the request.");
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
