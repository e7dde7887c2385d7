namespace Axcelerate.HubSpot.Testing.Faults;

/// <summary>Which requests fail, and how.</summary>
/// <param name="Fault">The failure to produce.</param>
public sealed record FaultRule(SandboxFault Fault)
{
    /// <summary>How many matching requests fail before the rule is spent; null for no limit.</summary>
    public int? Count { get; init; }

    /// <summary>The share (0 to 1) of matching requests that fail; null means every one.</summary>
    public double? Share { get; init; }

    /// <summary>Only requests whose path contains this text match; null matches every request.</summary>
    public string? PathContains { get; init; }

    /// <summary>Only requests with this HTTP method match; null matches every method.</summary>
    public string? Method { get; init; }

    /// <summary>For <see cref="SandboxFault.TooManyRequests"/> and 503: the <c>Retry-After</c> to send, if any.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
