using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.TestKit.Chaos;

/// <summary>
/// The SDK's clock in a chaos run: the sandbox's fake time, but a wait does not stand still. A timer fires after at most
/// a few real milliseconds and moves the fake clock forward by the time it waited, so retry delays, <c>Retry-After</c>
/// and rate windows pass at once and the two systems still agree on the time (signatures, LASTUPDATED, leases).
/// </summary>
internal sealed class ChaosClock(FakeTimeProvider clock) : TimeProvider
{
    private static readonly TimeSpan MaxRealWait = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan BackgroundWait = TimeSpan.FromHours(1);
    private readonly Lock _gate = new();

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new SkippingTimer(this, callback, state, dueTime, period);

    // Moves the fake clock to at least the given time (never back).
    private void AdvanceTo(DateTimeOffset target)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (target > now)
            {
                clock.Advance(target - now);
            }
        }
    }

    private sealed class SkippingTimer : ITimer
    {
        private readonly ChaosClock _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _real;
        private DateTimeOffset _dueAt;
        private TimeSpan _period;

        public SkippingTimer(ChaosClock owner, TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
            _real = System.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Change(dueTime, period);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return _real.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }

            _dueAt = _owner.GetUtcNow() + dueTime;

            // A wait of hours is a background loop's (the lease renewal), not a retry: it runs in real time, so it never
            // pulls the clock forward under the run's changes.
            return dueTime > BackgroundWait
                ? _real.Change(dueTime, Timeout.InfiniteTimeSpan)
                : _real.Change(Compress(dueTime), Timeout.InfiniteTimeSpan);
        }

        public void Dispose() => _real.Dispose();

        public ValueTask DisposeAsync() => _real.DisposeAsync();

        private static TimeSpan Compress(TimeSpan wait) => wait < MaxRealWait ? wait : MaxRealWait;

        private void Fire()
        {
            _owner.AdvanceTo(_dueAt);
            _callback(_state);
            if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
            {
                Change(_period, _period);
            }
        }
    }
}
