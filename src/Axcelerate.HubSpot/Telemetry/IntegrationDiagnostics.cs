namespace Axcelerate.HubSpot.Telemetry;

/// <summary>
/// The names under which the integration reports traces and metrics, for OpenTelemetry (or any
/// <see cref="System.Diagnostics.ActivityListener"/> / <see cref="System.Diagnostics.Metrics.MeterListener"/>):
/// <code>
/// builder.Services.AddOpenTelemetry()
///     .WithTracing(t => t.AddSource(IntegrationDiagnostics.ActivitySourceName))
///     .WithMetrics(m => m.AddMeter(IntegrationDiagnostics.MeterName));
/// </code>
/// </summary>
public static class IntegrationDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: spans per sync operation and per outgoing request.</summary>
    public const string ActivitySourceName = "Axcelerate.HubSpot";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: request, retry, 429 and record counters, queue depth and sync latency.</summary>
    public const string MeterName = "Axcelerate.HubSpot";
}
