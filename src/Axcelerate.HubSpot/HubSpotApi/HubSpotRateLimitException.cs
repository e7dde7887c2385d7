namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>
/// The portal's daily request limit is spent (429 <c>DAILY</c>). The client does not retry this itself. It is
/// transient (<see cref="IsTransient"/>) with a long wait: <see cref="IntegrationApiException.RetryAfter"/> is the time
/// until <see cref="ResetsAt"/>. Retry the record after the reset; do not fail it.
/// </summary>
public sealed class HubSpotRateLimitException : HubSpotApiException
{
    /// <summary>Creates an exception.</summary>
    public HubSpotRateLimitException()
        : base("The HubSpot daily request limit is spent.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public HubSpotRateLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HubSpotRateLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True: the same call succeeds after the daily reset (wait <see cref="IntegrationApiException.RetryAfter"/>).</summary>
    public override bool IsTransient => true;

    /// <summary>HubSpot's rate-limit policy, e.g. <c>DAILY</c>.</summary>
    public string? PolicyName { get; init; }

    /// <summary>
    /// When the limit resets: HubSpot resets it at midnight in the portal's time zone, so this is that midnight once the
    /// client has read the account's details (<see cref="IHubSpotClient.GetAccountDetailsAsync"/>; the import does so
    /// before a run), else the next midnight UTC, an estimate off by the portal's UTC offset.
    /// </summary>
    public DateTimeOffset ResetsAt { get; init; }
}
