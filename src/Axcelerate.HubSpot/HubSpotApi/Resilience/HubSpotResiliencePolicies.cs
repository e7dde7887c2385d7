using System.Net;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Axcelerate.HubSpot.HubSpotApi.Resilience;

/// <summary>
/// Every Polly policy of the HubSpot client, in one place. Per attempt: a timeout. Around it: retries for
/// 429 ten-secondly/secondly (wait <c>Retry-After</c>, else one full window), 423, 477, 5xx, network failures and
/// timeouts (jittered exponential backoff). 429 <c>DAILY</c> is never retried. A request that is not safe to repeat
/// (a record create) is retried only when HubSpot definitely rejected it (429, 423, 477), never after a 5xx or timeout.
/// The wait itself happens in <see cref="HubSpotRateLimitHandler"/> so it runs on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class HubSpotResiliencePolicies(
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    HubSpotRateGovernor governor,
    TimeProvider time,
    ILogger<HubSpotResiliencePolicies> logger)
{
    private static readonly TimeSpan LockedMinimum = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SecondlyWindow = TimeSpan.FromSeconds(1);

    public IAsyncPolicy<HttpResponseMessage> For(HttpRequestMessage request)
    {
        var settings = options.CurrentValue.HubSpot;
        var safeToRepeat = HubSpotRequestKinds.IsSafeToRepeat(request);
        var state = HubSpotRequestState.Of(request);
        var (method, path) = HubSpotErrorMapper.Describe(request);

        var retry = Policy<HttpResponseMessage>
            .Handle<HttpRequestException>(_ => safeToRepeat)
            .Or<TimeoutRejectedException>(_ => safeToRepeat)
            .OrResult(response => ShouldRetry(response, state, safeToRepeat, settings, time))
            .RetryAsync(settings.MaxRetries, (outcome, attempt, _) =>
            {
                var delay = DelayFor(outcome.Result, state, attempt, settings);
                state.PendingDelay = delay;
                if (outcome.Result is { } response)
                {
                    HubSpotApiLog.RetryingAfterStatus(logger, method, path, (int)response.StatusCode, attempt, settings.MaxRetries, (long)delay.TotalMilliseconds);
                    response.Dispose();
                }
                else
                {
                    HubSpotApiLog.RetryingAfterFailure(logger, method, path, outcome.Exception?.GetType().Name ?? "failure", attempt, settings.MaxRetries, (long)delay.TotalMilliseconds);
                }
            });

        var timeout = Policy.TimeoutAsync<HttpResponseMessage>(settings.RequestTimeout);
        return Policy.WrapAsync(retry, timeout);
    }

    private static bool ShouldRetry(HttpResponseMessage response, HubSpotRequestState state, bool safeToRepeat, HubSpotOptions settings, TimeProvider time)
    {
        var status = (int)response.StatusCode;
        var rejected = status switch
        {
            429 => state.RateLimit != HubSpotRateLimitKind.Daily,
            423 or 477 => true,
            _ => false,
        };
        var transient = status is 408 or >= 500 and <= 599;
        if (!rejected && !(transient && safeToRepeat))
        {
            return false;
        }

        // A Retry-After longer than we are willing to wait (477 can say hours) ends the retries.
        return RetryAfter(response, time) is not { } wait || wait <= settings.MaxRetryDelay;
    }

    private TimeSpan DelayFor(HttpResponseMessage? response, HubSpotRequestState state, int attempt, HubSpotOptions settings)
    {
        if (response is not null && RetryAfter(response, time) is { } retryAfter)
        {
            return retryAfter;
        }

        if (response?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // HubSpot's windows roll; waiting one whole window guarantees the earlier requests have left it.
            return state.RateLimit == HubSpotRateLimitKind.Secondly ? SecondlyWindow : governor.Interval;
        }

        var backoff = Backoff(settings.BaseDelay, attempt, settings.MaxRetryDelay);
        return response?.StatusCode == HttpStatusCode.Locked && backoff < LockedMinimum ? LockedMinimum : backoff;
    }

    private static TimeSpan Backoff(TimeSpan baseDelay, int attempt, TimeSpan max)
    {
        // Exponential with jitter: base * 2^(attempt-1) scaled by a random factor in [0.5, 1.5).
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var jittered = exponential * (0.5 + Random.Shared.NextDouble());
        return TimeSpan.FromMilliseconds(Math.Min(jittered, max.TotalMilliseconds));
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => HubSpotRetryAfter.FromHeader(response, time);
}
