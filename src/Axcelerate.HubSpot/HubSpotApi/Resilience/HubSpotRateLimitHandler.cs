using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi.Resilience;

/// <summary>
/// Sits inside the retry policy, so every attempt: waits the delay the policy chose (through <see cref="TimeProvider"/>),
/// takes a permit from the rate governor, feeds the response's rate-limit headers back, and classifies 429s.
/// </summary>
internal sealed class HubSpotRateLimitHandler(HubSpotRateGovernor governor, TimeProvider time, ILogger<HubSpotRateLimitHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = HubSpotRequestState.Of(request);
        if (state.PendingDelay is { } delay)
        {
            state.PendingDelay = null;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }

        var isOAuth = HubSpotRequestKinds.IsOAuth(request);
        var isSearch = HubSpotRequestKinds.IsSearch(request);
        using var lease = isOAuth ? null : await governor.AcquireAsync(isSearch, cancellationToken).ConfigureAwait(false);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!isOAuth && !isSearch)
        {
            governor.Observe(response.Headers, pauseWhenSpent: response.StatusCode != HttpStatusCode.TooManyRequests);
        }

        state.RateLimit = HubSpotRateLimitKind.None;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var body = await HubSpotErrorMapper.ReadBodyAsync(response).ConfigureAwait(false);
            state.RateLimit = HubSpotRateLimitKinds.Classify(body);
            if (state.RateLimit != HubSpotRateLimitKind.Daily)
            {
                var (method, path) = HubSpotErrorMapper.Describe(request);
                HubSpotApiLog.ShortLimitReached(logger, body?.PolicyName ?? state.RateLimit.ToString(), method, path);
                if (!isSearch && !isOAuth)
                {
                    governor.Pause(response.Headers.RetryAfter?.Delta);
                }
            }
        }

        return response;
    }
}
