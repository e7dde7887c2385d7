using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>
/// Every resilience rule of the aXcelerate client, in one place:
/// <list type="bullet">
/// <item>429 is retried after the <c>Retry-After</c> the server sent (any method: the request was refused, not run);
/// a <c>Retry-After</c> longer than <see cref="AxcelerateOptions.MaxRetryAfter"/> surfaces at once.</item>
/// <item>5xx and network failures are retried with exponential back-off and ±20 % jitter, but only for requests that
/// are safe to repeat: creates (POST) are never retried blindly, except the two reads aXcelerate exposes as POST.</item>
/// <item>Each attempt (throttle wait included) is limited by <see cref="AxcelerateOptions.AttemptTimeout"/>; the
/// <see cref="HttpClient"/> itself has no timeout so the waits between attempts never count against it.</item>
/// <item>The waits run on the injected <see cref="TimeProvider"/>, so tests use a fake clock.</item>
/// </list>
/// </summary>
internal static class AxcelerateResiliencePolicies
{
    private static readonly HttpRequestOptionsKey<TimeSpan> PendingDelay = new("Axcelerate.HubSpot.RetryDelay");

    /// <summary>aXcelerate reads that use POST; repeating them changes nothing.</summary>
    private static readonly string[] ReadOnlyPostPaths = ["/users", "/log/contactMergeHistory"];

    /// <summary>Adds, outermost first: retry policy → retry delay → throttle → attempt timeout.</summary>
    public static IHttpClientBuilder AddTo(IHttpClientBuilder builder)
    {
        builder.Services.AddTransient<RetryDelayHandler>();
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddPolicyHandler((services, request) => Create(services, request));
        builder.AddHttpMessageHandler<RetryDelayHandler>();
        builder.AddHttpMessageHandler<AxcelerateThrottlingHandler>();
        return builder.AddPolicyHandler((services, _) => Policy.TimeoutAsync<HttpResponseMessage>(
            services.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>().CurrentValue.Axcelerate.AttemptTimeout,
            TimeoutStrategy.Optimistic));
    }

    internal static bool IsSafeToRepeat(HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Post)
        {
            return true;
        }

        var path = request.RequestUri?.AbsolutePath.TrimEnd('/') ?? string.Empty;
        return ReadOnlyPostPaths.Any(p => path.EndsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    private static IAsyncPolicy<HttpResponseMessage> Create(IServiceProvider services, HttpRequestMessage request)
    {
        var options = services.GetRequiredService<IOptionsMonitor<HubSpotIntegrationOptions>>().CurrentValue.Axcelerate;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AxcelerateResiliencePolicies).FullName!);
        if (options.MaxRetryAttempts <= 0)
        {
            return Policy.NoOpAsync<HttpResponseMessage>();
        }

        var safe = IsSafeToRepeat(request);
        var endpoint = AxcelerateTransport.Describe(request);
        return Policy<HttpResponseMessage>
            .HandleResult(r => IsRetryableThrottle(r, timeProvider, options, logger, endpoint))
            .OrResult(r => safe && (int)r.StatusCode is >= 500 and <= 599) // a read may be repeated after any server error
            .Or<HttpRequestException>(_ => safe)
            .Or<TimeoutRejectedException>(_ => safe)
            .WaitAndRetryAsync(
                options.MaxRetryAttempts,
                (_, _, _) => TimeSpan.Zero,
                (outcome, _, attempt, _) =>
                {
                    var delay = outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled && RetryAfter(throttled, timeProvider) is { } retryAfter
                        ? retryAfter
                        : Backoff(options, attempt);
                    AxcelerateLog.Retrying(logger, endpoint, (int?)outcome.Result?.StatusCode ?? 0, attempt, delay);
                    outcome.Result?.Dispose();
                    request.Options.Set(PendingDelay, delay);
                    return Task.CompletedTask;
                });
    }

    private static bool IsRetryableThrottle(HttpResponseMessage response, TimeProvider timeProvider, AxcelerateOptions options, ILogger logger, string endpoint)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return false;
        }

        if (RetryAfter(response, timeProvider) is not { } wait)
        {
            return true;
        }

        if (wait <= options.MaxRetryAfter)
        {
            return true;
        }

        AxcelerateLog.RetryAfterTooLong(logger, endpoint, wait, options.MaxRetryAfter);
        return false;
    }

    private static TimeSpan Backoff(AxcelerateOptions options, int attempt)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(Math.Min(exponential * jitter, options.MaxRetryDelay.TotalMilliseconds));
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - timeProvider.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>Runs inside the retry policy: waits the delay chosen for this attempt on the injected clock.</summary>
    internal sealed class RetryDelayHandler(TimeProvider timeProvider) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Options.TryGetValue(PendingDelay, out var delay))
            {
                ((IDictionary<string, object?>)request.Options).Remove(PendingDelay.Key);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                }
            }

            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
