namespace Axcelerate.HubSpot.Testing.HubSpot.RateLimits;

/// <summary>
/// An exact rolling window on the sandbox clock: a request counts until <c>window</c> after it was made, as in
/// HubSpot. Hand-written on purpose: System.Threading.RateLimiting's limiters replenish on the wall clock (even
/// <c>TryReplenish</c> is gated by elapsed real time), so they cannot follow the sandbox's fake <see cref="TimeProvider"/>.
/// Not thread-safe; the caller locks.
/// </summary>
internal sealed class RollingWindow(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _requests = new();

    /// <summary>The requests allowed per window.</summary>
    public int Limit { get; } = limit;

    /// <summary>Counts one request if the window has room; reports what is left of the window either way.</summary>
    public bool TryAcquire(DateTimeOffset now, out int remaining)
    {
        while (_requests.Count > 0 && _requests.Peek() <= now - window)
        {
            _requests.Dequeue();
        }

        var acquired = _requests.Count < Limit;
        if (acquired)
        {
            _requests.Enqueue(now);
        }

        remaining = Math.Max(0, Limit - _requests.Count);
        return acquired;
    }
}
