using Axcelerate.HubSpot.AspNetCore;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the integration's health check.</summary>
public static class HubSpotIntegrationHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="HubSpotIntegrationHealthCheck"/> (HubSpot authorisation, daily budget, incoming backlog and failed
    /// entries) under <paramref name="name"/>: <c>builder.Services.AddHealthChecks().AddHubSpotIntegration()</c>.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="configure">Sets the thresholds.</param>
    /// <param name="name">The check's name; <c>hubspot-integration</c> by default.</param>
    /// <param name="tags">Tags to filter the check by (e.g. <c>ready</c>).</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddHubSpotIntegration(
        this IHealthChecksBuilder builder,
        Action<HubSpotIntegrationHealthCheckOptions>? configure = null,
        string name = "hubspot-integration",
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var options = new HubSpotIntegrationHealthCheckOptions();
        configure?.Invoke(options);
        if (options.FailedEntriesDegraded < 1 || options.FailedEntriesUnhealthy < 1 || options.BacklogDegraded < 1 || options.BacklogUnhealthy < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), "The health check's count thresholds must be at least 1.");
        }

        // One instance per registration, so the authorisation check is cached between health requests.
        HubSpotIntegrationHealthCheck? check = null;
        var gate = new object();
        return builder.Add(new HealthCheckRegistration(
            name,
            sp =>
            {
                lock (gate)
                {
                    return check ??= new HubSpotIntegrationHealthCheck(
                        sp.GetRequiredService<IHubSpotClient>(),
                        sp.GetRequiredService<IIncomingLogStore>(),
                        options,
                        sp.GetService<TimeProvider>() ?? TimeProvider.System);
                }
            },
            failureStatus: null,
            tags));
    }
}
