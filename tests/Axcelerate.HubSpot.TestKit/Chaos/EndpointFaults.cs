using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.TestKit.Chaos;

/// <summary>
/// Faults on the webhook deliveries themselves, at the run's endpoint (seeded): a share answered 503 before the receiver
/// sees them; a share received and logged, then the connection reset before the answer goes out (the sender counts a
/// failure and redelivers what was logged); and, for HubSpot, a share received and answered after the sender's timeout.
/// Either sender retries on its own schedule (HubSpot: doubling from 75 s; aXcelerate: every 30 s).
/// </summary>
internal sealed class EndpointFaults(int seed, TimeSpan hubSpotTimeout)
{
    private readonly Lock _gate = new();
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, int> _injected = new(StringComparer.Ordinal);

    /// <summary>The shares: 5 % refused with 503, 3 % reset after logging, 2 % (HubSpot) answered too late.</summary>
    public const double Refused = 0.05;

    public const double ResetAfterLogging = 0.03;

    public const double TooLate = 0.02;

    /// <summary>What was injected, by kind (e.g. <c>HubSpot delivery 503</c>).</summary>
    public IReadOnlyDictionary<string, int> Injected
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_injected, StringComparer.Ordinal);
            }
        }
    }

    public int Total
    {
        get
        {
            lock (_gate)
            {
                return _injected.Values.Sum();
            }
        }
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next, string service)
    {
        double roll;
        lock (_gate)
        {
            roll = _random.NextDouble();
        }

        var tooLate = service == "HubSpot" ? TooLate : 0;
        if (roll < Refused)
        {
            Count($"{service} delivery 503");
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (roll >= Refused + ResetAfterLogging + tooLate)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // Hold the answer back (nothing is sent before the body is copied) so it can be lost or late.
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context).ConfigureAwait(false);
        if (roll < Refused + ResetAfterLogging)
        {
            Count($"{service} delivery reset after logging");
            context.Abort();
            return;
        }

        Count($"{service} delivery answered after the timeout");
        await Task.Delay(hubSpotTimeout + TimeSpan.FromMilliseconds(500)).ConfigureAwait(false);
        context.Response.Body = original;
        buffer.Position = 0;
        await buffer.CopyToAsync(original).ConfigureAwait(false);
    }

    private void Count(string kind)
    {
        lock (_gate)
        {
            _injected[kind] = _injected.GetValueOrDefault(kind) + 1;
        }
    }
}
