using System.Globalization;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Axcelerate.HubSpot.AspNetCore;

/// <summary>
/// The integration's health: HubSpot still accepts its authorisation (one account-details call, trusted for
/// <see cref="HubSpotIntegrationHealthCheckOptions.AuthorizationCheckInterval"/>), the daily request budget left (from
/// the last HubSpot answer's rate-limit headers), and the incoming log's backlog and failed entries (each read as at
/// most threshold + 1 rows). The worst finding decides; the description names every finding.
/// </summary>
public sealed class HubSpotIntegrationHealthCheck : IHealthCheck
{
    private const int MaxRows = 1000;

    private readonly IHubSpotClient _hubSpot;
    private readonly IIncomingLogStore _log;
    private readonly HubSpotIntegrationHealthCheckOptions _options;
    private readonly TimeProvider _time;
    private DateTimeOffset? _authorizedAt;

    /// <summary>Creates the check.</summary>
    /// <param name="hubSpot">The integration's HubSpot client.</param>
    /// <param name="log">The incoming log.</param>
    /// <param name="options">The thresholds.</param>
    /// <param name="timeProvider">The clock of the authorisation cache.</param>
    public HubSpotIntegrationHealthCheck(IHubSpotClient hubSpot, IIncomingLogStore log, HubSpotIntegrationHealthCheckOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(hubSpot);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _hubSpot = hubSpot;
        _log = log;
        _options = options;
        _time = timeProvider;
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var findings = new List<(HealthStatus Status, string Text)>();
        var now = _time.GetUtcNow();
        if (_authorizedAt is not { } at || now - at >= _options.AuthorizationCheckInterval)
        {
            try
            {
                await _hubSpot.GetAccountDetailsAsync(cancellationToken).ConfigureAwait(false);
                _authorizedAt = now;
            }
            catch (HubSpotApiException ex) when (ex.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
            {
                _authorizedAt = null;
                return HealthCheckResult.Unhealthy($"HubSpot refused the integration's authorisation ({(int)ex.StatusCode!}): reconnect the app or replace the token.");
            }
            catch (IntegrationApiException ex)
            {
                findings.Add((HealthStatus.Degraded, $"HubSpot could not be reached to check the authorisation: {ex.Message}"));
            }
        }

        if (_hubSpot.RateLimits is { DailyLimit: > 0 and var limit, DailyRemaining: { } remaining })
        {
            var left = (double)remaining / limit;
            var text = string.Create(CultureInfo.InvariantCulture, $"{remaining} of {limit} daily HubSpot requests left");
            findings.Add((left < _options.DailyBudgetUnhealthy ? HealthStatus.Unhealthy : left < _options.DailyBudgetDegraded ? HealthStatus.Degraded : HealthStatus.Healthy, text));
        }

        findings.Add(await CountAsync(IncomingStatus.Failed, "failed incoming entries", _options.FailedEntriesDegraded, _options.FailedEntriesUnhealthy, cancellationToken).ConfigureAwait(false));
        findings.Add(await CountAsync(IncomingStatus.Pending, "incoming entries waiting", _options.BacklogDegraded, _options.BacklogUnhealthy, cancellationToken).ConfigureAwait(false));

        var status = findings.Min(f => f.Status);
        var description = string.Join("; ", findings.Select(f => f.Text));
        return new HealthCheckResult(status, description);
    }

    private async Task<(HealthStatus, string)> CountAsync(IncomingStatus status, string what, int degraded, int unhealthy, CancellationToken cancellationToken)
    {
        var cap = Math.Clamp(Math.Max(degraded, unhealthy) + 1, 1, MaxRows);
        var page = await _log.QueryIncomingAsync(new IncomingLogQuery { Status = status, PageSize = cap }, cancellationToken).ConfigureAwait(false);
        var count = page.Items.Count;
        var text = string.Create(CultureInfo.InvariantCulture, $"{count}{(page.ContinuationToken is null ? "" : "+")} {what}");
        return (count >= unhealthy ? HealthStatus.Unhealthy : count >= degraded ? HealthStatus.Degraded : HealthStatus.Healthy, text);
    }
}
