using Axcelerate.HubSpot.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.Faults;

/// <summary>
/// Makes a sandbox server fail on demand: the next N requests, or a share of them, optionally only on matching paths.
/// Rules are checked in the order they were added; a spent rule is dropped.
/// </summary>
public sealed partial class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<ActiveRule> _rules = [];
    private Random _random;

    internal FaultInjector(int seed = 0) => _random = new Random(seed);

    /// <summary>How long a <see cref="SandboxFault.Timeout"/> holds a request before giving up by itself.</summary>
    public TimeSpan TimeoutHold { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">Which requests fail and how.</param>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Share is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Share, "FaultRule.Share must be between 0 and 1.");
        }

        lock (_gate)
        {
            _rules.Add(new ActiveRule(rule, rule.Count));
        }
    }

    /// <summary>Makes the next <paramref name="count"/> requests fail.</summary>
    /// <param name="count">How many requests fail.</param>
    /// <param name="fault">The failure to produce.</param>
    /// <param name="pathContains">Only requests whose path contains this text; null for all.</param>
    public void FailNext(int count, SandboxFault fault, string? pathContains = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Add(new FaultRule(fault) { Count = count, PathContains = pathContains });
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    internal async Task<bool> TryAnswerAsync(HttpContext context, ISandboxEmulator emulator)
    {
        var rule = Take(context.Request);
        if (rule is null)
        {
            return false;
        }

        switch (rule.Fault)
        {
            case SandboxFault.ConnectionReset:
                context.Abort();
                return true;
            case SandboxFault.Timeout:
                try
                {
                    await Task.Delay(TimeoutHold, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up, as intended.
                }

                context.Abort();
                return true;
            default:
                if (rule.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await emulator.WriteFaultAsync(context, StatusCodeOf(rule.Fault)).ConfigureAwait(false);
                return true;
        }
    }

    private FaultRule? Take(HttpRequest request)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var active = _rules[i];
                var rule = active.Rule;
                if (rule.PathContains is not null && request.Path.Value?.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase) != true)
                {
                    continue;
                }

                if (rule.Method is not null && !string.Equals(rule.Method, request.Method, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (rule.Share is { } share && _random.NextDouble() >= share)
                {
                    continue;
                }

                CountInjected(rule.Fault);
                if (active.Remaining is { } remaining)
                {
                    if (remaining <= 1)
                    {
                        _rules.RemoveAt(i);
                    }
                    else
                    {
                        _rules[i] = active with { Remaining = remaining - 1 };
                    }
                }

                return rule;
            }

            return null;
        }
    }

    private static int StatusCodeOf(SandboxFault fault) => fault switch
    {
        SandboxFault.TooManyRequests => StatusCodes.Status429TooManyRequests,
        SandboxFault.InternalServerError => StatusCodes.Status500InternalServerError,
        SandboxFault.BadGateway => StatusCodes.Status502BadGateway,
        SandboxFault.ServiceUnavailable => StatusCodes.Status503ServiceUnavailable,
        SandboxFault.GatewayTimeout => StatusCodes.Status504GatewayTimeout,
        SandboxFault.Locked => StatusCodes.Status423Locked,
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Not an HTTP status fault."),
    };

    private sealed record ActiveRule(FaultRule Rule, int? Remaining);
}
