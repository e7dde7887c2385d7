using System.Globalization;
using System.Net.Http.Headers;
using System.Threading.RateLimiting;
using Axcelerate.HubSpot.Coordination;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.HubSpotApi.Resilience;

/// <summary>
/// Keeps the client inside the portal's limits: a rolling 10-second window sized by tier (110 for OAuth apps, whatever
/// the tier) and corrected from HubSpot's <c>X-HubSpot-RateLimit-*</c> headers, and a separate rolling per-second
/// window for searches (which HubSpot counts apart and answers without rate-limit headers). Both are
/// <see cref="SlidingWindowRateLimiter"/>s that queue callers; each is one segment longer than HubSpot's window, so a
/// request leaves it only after HubSpot's own rolling window has let it go (a fixed window lets twice the limit
/// through around its edge). When an answer says the window is full (<c>-Remaining: 0</c>) every caller pauses for one
/// tenth of the window (the rolling window frees room as its oldest requests age out); after a 429 every caller pauses
/// for its <c>Retry-After</c>, else for the whole window. Those pauses run on the injected <see cref="TimeProvider"/>. The daily headers of private-app
/// answers are kept in <see cref="Status"/>. With <see cref="HubSpotOptions.ShareRateBudget"/> every general request also
/// takes a permit from the budget the instances share in the store (<see cref="SharedRateBudget"/>); the store then
/// counts every instance's requests, so <c>-Remaining</c> no longer shrinks the local window (it would count the
/// others' requests twice), while a spent window still pauses.
/// </summary>
internal sealed class HubSpotRateGovernor : IDisposable
{
    internal static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    private readonly object _gate = new();
    private readonly List<RateLimiter> _retired = [];
    private readonly ILogger<HubSpotRateGovernor> _logger;
    private readonly TimeProvider _time;
    private readonly SharedRateBudget? _shared;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private const int SegmentsPerWindow = 10;
    private readonly SlidingWindowRateLimiter _search;
    private SlidingWindowRateLimiter _general;
    private HubSpotRateLimitStatus _status = HubSpotRateLimitStatus.Unknown;
    private int _max;
    private TimeSpan _interval;

    public HubSpotRateGovernor(IOptions<HubSpotIntegrationOptions> options, TimeProvider time, ILogger<HubSpotRateGovernor> logger, IServiceProvider? services = null)
    {
        _logger = logger;
        _time = time;
        var hubSpot = options.Value.HubSpot;
        _max = hubSpot.UsesOAuth ? OAuthPermits : PermitsFor(hubSpot.Tier);
        _interval = DefaultInterval;
        _general = Create(_max, _interval);
        _search = Create(Math.Max(1, hubSpot.SearchRequestsPerSecond), TimeSpan.FromSeconds(1));
        if (hubSpot.ShareRateBudget && services is not null)
        {
            _shared = new SharedRateBudget(
                new Lazy<IRateBudgetStore>(services.GetRequiredService<IRateBudgetStore>),
                SharedRateBudget.BudgetName(hubSpot.UsesOAuth),
                () => PermitLimit,
                () => Interval,
                time,
                logger);
        }
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

    /// <summary>What HubSpot last reported about the limits (daily budget, window), or <see cref="HubSpotRateLimitStatus.Unknown"/>.</summary>
    public HubSpotRateLimitStatus Status
    {
        get
        {
            lock (_gate)
            {
                // A budget read before the last daily reset is full again (HubSpot resets it at the portal's midnight).
                return _status is { ObservedAt: { } at, DailyLimit: { } limit, DailyRemaining: not null } && NextDailyReset(at) <= _time.GetUtcNow()
                    ? _status with { DailyRemaining = limit }
                    : _status;
            }
        }
    }

    /// <summary>The portal's time zone once the account details were read (its midnight resets the daily limit); null until then.</summary>
    public TimeZoneInfo? PortalTimeZone { get; private set; }

    /// <summary>Remembers the portal's time zone from its account details (an IANA id); an unknown id is ignored.</summary>
    public void LearnTimeZone(string? timeZoneId)
    {
        if (!string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            PortalTimeZone = zone;
        }
    }

    /// <summary>When HubSpot's daily limit resets: the next midnight in the portal's time zone, else the next midnight UTC.</summary>
    public DateTimeOffset NextDailyReset(DateTimeOffset now)
    {
        var zone = PortalTimeZone ?? TimeZoneInfo.Utc;
        var midnight = TimeZoneInfo.ConvertTime(now, zone).Date.AddDays(1);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    /// <summary>OAuth (public) apps: 110 requests per 10 seconds per installing account, whatever the tier.</summary>
    public const int OAuthPermits = 110;

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

        if (!search && _shared is not null)
        {
            try
            {
                await _shared.TakeAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                lease.Dispose();
                throw;
            }
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
        var daily = ReadInt(headers, "X-HubSpot-RateLimit-Daily");
        var dailyRemaining = ReadInt(headers, "X-HubSpot-RateLimit-Daily-Remaining");
        if (max is null && remaining is null && daily is null && dailyRemaining is null)
        {
            return;
        }

        lock (_gate)
        {
            _status = new HubSpotRateLimitStatus
            {
                DailyLimit = daily,
                DailyRemaining = dailyRemaining,
                WindowLimit = max ?? _status.WindowLimit,
                WindowRemaining = remaining,
                Window = intervalMs is > 0 ? TimeSpan.FromMilliseconds(intervalMs.Value) : _status.Window,
                ObservedAt = _time.GetUtcNow(),
            };
            if (max is null && remaining is null)
            {
                return;
            }

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
                // HubSpot's window rolls (TEN_SECONDLY_ROLLING): a full window has room again as soon as its oldest
                // requests are older than the interval, which on a steady stream is a fraction of it. Wait one segment;
                // the local window (our own requests) and a 429's Retry-After decide the rest. Pausing a whole interval
                // here stalled a steady stream for 10 s every time it reached the limit.
                PauseCore(_interval / SegmentsPerWindow);
            }
            else if (remaining is { } left and > 0 && _shared is null)
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
            _shared?.Dispose();
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
            // Sliding-window leases are not returned on dispose: acquiring them marks the permits as used.
            limiter.AttemptAcquire((int)(available - Math.Max(0, remaining))).Dispose();
        }
    }

    // A window one segment longer than HubSpot's: a permit taken anywhere in a segment is freed only once HubSpot's
    // rolling window, counted from the moment of the request, has passed.
    private static SlidingWindowRateLimiter Create(int permits, TimeSpan window)
    {
        var segment = window / SegmentsPerWindow;
        return new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window + segment,
            SegmentsPerWindow = SegmentsPerWindow + 1,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            QueueLimit = int.MaxValue,
            AutoReplenishment = true,
        });
    }

    private static int? ReadInt(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
