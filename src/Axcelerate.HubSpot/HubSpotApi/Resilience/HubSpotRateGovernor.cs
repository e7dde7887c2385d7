using System.Globalization;
using System.Net.Http.Headers;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.HubSpotApi.Resilience;

/// <summary>
/// Keeps the client inside the portal's limits: a 10-second window sized by tier and corrected from HubSpot's
/// <c>X-HubSpot-RateLimit-*</c> headers, and a separate per-second window for searches (which HubSpot counts apart
/// and answers without rate-limit headers). Both are <see cref="FixedWindowRateLimiter"/>s that queue callers.
/// When HubSpot says the window is spent (<c>-Remaining: 0</c> or a 429) every caller pauses until it rolls over;
/// that pause runs on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class HubSpotRateGovernor : IDisposable
{
    internal static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    private readonly object _gate = new();
    private readonly List<RateLimiter> _retired = [];
    private readonly ILogger<HubSpotRateGovernor> _logger;
    private readonly TimeProvider _time;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private readonly FixedWindowRateLimiter _search;
    private FixedWindowRateLimiter _general;
    private int _max;
    private TimeSpan _interval;

    public HubSpotRateGovernor(IOptions<HubSpotIntegrationOptions> options, TimeProvider time, ILogger<HubSpotRateGovernor> logger)
    {
        _logger = logger;
        _time = time;
        var hubSpot = options.Value.HubSpot;
        _max = PermitsFor(hubSpot.Tier);
        _interval = DefaultInterval;
        _general = Create(_max, _interval);
        _search = Create(Math.Max(1, hubSpot.SearchRequestsPerSecond), TimeSpan.FromSeconds(1));
    }

    /// <summary>The current 10-second (or header-reported) window length.</summary>
    public TimeSpan Interval
    {
        get
        {
            lock (_gate)
            {
                return _interval;
            }
        }
    }

    /// <summary>The current number of requests allowed per window.</summary>
    public int PermitLimit
    {
        get
        {
            lock (_gate)
            {
                return _max;
            }
        }
    }

    public static int PermitsFor(HubSpotTier tier) => tier switch
    {
        HubSpotTier.Professional or HubSpotTier.Enterprise => 190,
        HubSpotTier.ApiLimitIncrease => 250,
        _ => 100,
    };

    /// <summary>Waits for a permit in the search or the general window.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(bool search, CancellationToken cancellationToken)
    {
        RateLimiter limiter;
        TimeSpan pause;
        lock (_gate)
        {
            limiter = search ? _search : _general;
            pause = search ? TimeSpan.Zero : _pausedUntil - _time.GetUtcNow();
        }

        if (pause > TimeSpan.Zero)
        {
            await Task.Delay(pause, _time, cancellationToken).ConfigureAwait(false);
        }

        var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("The HubSpot rate governor refused a permit.");
        }

        return lease;
    }

    /// <summary>Resizes the window from <c>-Max</c>/<c>-Interval-Milliseconds</c> and spends what <c>-Remaining</c> says is gone.</summary>
    /// <param name="headers">The response headers.</param>
    /// <param name="pauseWhenSpent">False for a 429, whose own <c>Retry-After</c> decides the pause.</param>
    public void Observe(HttpResponseHeaders headers, bool pauseWhenSpent = true)
    {
        var max = ReadInt(headers, "X-HubSpot-RateLimit-Max");
        var remaining = ReadInt(headers, "X-HubSpot-RateLimit-Remaining");
        var intervalMs = ReadInt(headers, "X-HubSpot-RateLimit-Interval-Milliseconds");
        if (max is null && remaining is null)
        {
            return;
        }

        lock (_gate)
        {
            var newMax = max is > 0 ? max.Value : _max;
            var newInterval = intervalMs is > 0 ? TimeSpan.FromMilliseconds(intervalMs.Value) : _interval;
            if (newMax != _max || newInterval != _interval)
            {
                _retired.Add(_general);
                _max = newMax;
                _interval = newInterval;
                _general = Create(_max, _interval);
                HubSpotApiLog.RateWindowResized(_logger, _max, (long)_interval.TotalMilliseconds);
            }

            if (remaining is 0 && pauseWhenSpent)
            {
                PauseCore(_interval);
            }
            else if (remaining is { } left and > 0)
            {
                Spend(_general, left);
            }
        }
    }

    /// <summary>HubSpot said the 10-second window is full: let nobody through for this long (default: one window).</summary>
    public void Pause(TimeSpan? duration = null)
    {
        lock (_gate)
        {
            PauseCore(duration ?? _interval);
        }
    }

    private void PauseCore(TimeSpan duration)
    {
        var until = _time.GetUtcNow() + duration;
        if (until > _pausedUntil)
        {
            _pausedUntil = until;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _general.Dispose();
            _search.Dispose();
            foreach (var limiter in _retired)
            {
                limiter.Dispose();
            }
        }
    }

    private static void Spend(RateLimiter limiter, int remaining)
    {
        var available = limiter.GetStatistics()?.CurrentAvailablePermits ?? 0;
        if (available > remaining)
        {
            // Fixed-window leases are not returned on dispose: acquiring them marks the permits as used.
            limiter.AttemptAcquire((int)(available - Math.Max(0, remaining))).Dispose();
        }
    }

    private static FixedWindowRateLimiter Create(int permits, TimeSpan window) => new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = permits,
        Window = window,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        QueueLimit = int.MaxValue,
        AutoReplenishment = true,
    });

    private static int? ReadInt(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
