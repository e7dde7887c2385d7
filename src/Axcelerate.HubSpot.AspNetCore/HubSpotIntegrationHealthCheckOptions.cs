namespace Axcelerate.HubSpot.AspNetCore;

/// <summary>Thresholds of <see cref="HubSpotIntegrationHealthCheck"/> (each count threshold is reached at or above it).</summary>
public sealed class HubSpotIntegrationHealthCheckOptions
{
    /// <summary>How long a successful HubSpot authorisation check is trusted before the next call; 5 minutes by default.</summary>
    public TimeSpan AuthorizationCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed incoming-log entries that make the integration Degraded; 1 by default.</summary>
    public int FailedEntriesDegraded { get; set; } = 1;

    /// <summary>Failed incoming-log entries that make the integration Unhealthy; 100 by default.</summary>
    public int FailedEntriesUnhealthy { get; set; } = 100;

    /// <summary>Pending incoming-log entries (the backlog) that make the integration Degraded; 500 by default.</summary>
    public int BacklogDegraded { get; set; } = 500;

    /// <summary>Pending incoming-log entries that make the integration Unhealthy; 999 by default (at most 1000 rows are read).</summary>
    public int BacklogUnhealthy { get; set; } = 999;

    /// <summary>The share of HubSpot's daily request limit left below which the integration is Degraded; 0.1 by default.</summary>
    public double DailyBudgetDegraded { get; set; } = 0.1;

    /// <summary>The share of HubSpot's daily request limit left below which the integration is Unhealthy; 0.02 by default.</summary>
    public double DailyBudgetUnhealthy { get; set; } = 0.02;
}
