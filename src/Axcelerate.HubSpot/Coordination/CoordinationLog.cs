using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Coordination;

/// <summary>Log messages of leases and shared rate budgets (range <see cref="LogEventIds.Coordination"/>).</summary>
internal static partial class CoordinationLog
{
    [LoggerMessage(EventId = LogEventIds.Coordination, Level = LogLevel.Debug, Message = "Lease {LeaseName} taken by {Holder} until {ExpiresAt:u}")]
    public static partial void Acquired(ILogger logger, string leaseName, string holder, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = LogEventIds.Coordination + 1, Level = LogLevel.Debug, Message = "Lease {LeaseName} is held by {Holder} until {ExpiresAt:u}; this instance leaves the work to it")]
    public static partial void Busy(ILogger logger, string leaseName, string holder, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = LogEventIds.Coordination + 2, Level = LogLevel.Warning, Message = "Renewing lease {LeaseName} failed; it holds until {ExpiresAt:u} and is tried again")]
    public static partial void RenewalFailed(ILogger logger, Exception exception, string leaseName, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = LogEventIds.Coordination + 3, Level = LogLevel.Warning, Message = "Lease {LeaseName} of {Holder} was lost ({Reason}); its work is stopped")]
    public static partial void Lost(ILogger logger, string leaseName, string holder, string reason);

    [LoggerMessage(EventId = LogEventIds.Coordination + 4, Level = LogLevel.Warning, Message = "Releasing lease {LeaseName} failed; it runs out on its own")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string leaseName);

    [LoggerMessage(EventId = LogEventIds.Coordination + 5, Level = LogLevel.Warning, Message = "Taking HubSpot request permits from the shared budget {Budget} failed; waiting {Delay} before asking again")]
    public static partial void RateBudgetFailed(ILogger logger, Exception exception, string budget, TimeSpan delay);
}
