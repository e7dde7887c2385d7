namespace Axcelerate.HubSpot.Testing.Faults;

/// <summary>
/// A share of every request failing in each way at once, e.g. 10 % 429s (half with <c>Retry-After</c>), 5 % 5xx, 2 %
/// timeouts and 1 % connection resets. <see cref="ApplyTo"/> turns it into <see cref="FaultRule"/>s whose shares are
/// conditioned on the rules before them, so the overall shares are the ones given.
/// </summary>
public sealed record FaultMix
{
    /// <summary>The share of requests answered 429 with <c>Retry-After</c>.</summary>
    public double TooManyRequestsWithRetryAfter { get; init; }

    /// <summary>The share of requests answered 429 without <c>Retry-After</c>.</summary>
    public double TooManyRequestsWithoutRetryAfter { get; init; }

    /// <summary>The <c>Retry-After</c> sent with a 429 that has one.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The share of requests answered with a 5xx (500, 502, 503 and 504 in equal parts).</summary>
    public double ServerErrors { get; init; }

    /// <summary>The share of requests never answered (the client's timeout decides).</summary>
    public double Timeouts { get; init; }

    /// <summary>The share of requests whose connection is reset without an answer.</summary>
    public double ConnectionResets { get; init; }

    /// <summary>The mix of issue 16's chaos run: 10 % 429s (half with Retry-After), 5 % 5xx, 2 % timeouts, 1 % resets.</summary>
    public static FaultMix Chaos { get; } = new()
    {
        TooManyRequestsWithRetryAfter = 0.05,
        TooManyRequestsWithoutRetryAfter = 0.05,
        ServerErrors = 0.05,
        Timeouts = 0.02,
        ConnectionResets = 0.01,
    };

    /// <summary>Adds the mix's rules to <paramref name="faults"/> (after any rules it has).</summary>
    /// <param name="faults">A sandbox server's fault injector.</param>
    /// <param name="pathContains">Only requests whose path contains this text; null for all.</param>
    public void ApplyTo(FaultInjector faults, string? pathContains = null)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var quarter = ServerErrors / 4;
        (FaultRule Rule, double Share)[] parts =
        [
            (new FaultRule(SandboxFault.TooManyRequests) { RetryAfter = RetryAfter }, TooManyRequestsWithRetryAfter),
            (new FaultRule(SandboxFault.TooManyRequests), TooManyRequestsWithoutRetryAfter),
            (new FaultRule(SandboxFault.InternalServerError), quarter),
            (new FaultRule(SandboxFault.BadGateway), quarter),
            (new FaultRule(SandboxFault.ServiceUnavailable), quarter),
            (new FaultRule(SandboxFault.GatewayTimeout), quarter),
            (new FaultRule(SandboxFault.Timeout), Timeouts),
            (new FaultRule(SandboxFault.ConnectionReset), ConnectionResets),
        ];

        // Each rule is tried only when the ones before it did not fire, so its share is conditioned on what is left.
        var left = 1.0;
        foreach (var (rule, share) in parts)
        {
            if (share <= 0)
            {
                continue;
            }

            if (share > left + 1e-9)
            {
                throw new ArgumentOutOfRangeException(nameof(faults), "The shares of a FaultMix add up to more than 1.");
            }

            faults.Add(rule with { Share = Math.Min(1, share / left), PathContains = pathContains });
            left -= share;
        }
    }
}
