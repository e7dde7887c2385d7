namespace Axcelerate.HubSpot.Logs;

/// <summary>
/// What the outgoing log records of each request to HubSpot and aXcelerate:
/// <see cref="HubSpotIntegrationOptions.OutgoingLog"/>, bound from <c>HubSpotIntegration:OutgoingLog</c>.
/// </summary>
public sealed class OutgoingLogOptions
{
    /// <summary>Whether requests are logged at all. On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether request and response bodies are recorded (secrets removed). On by default.</summary>
    public bool RecordBodies { get; set; } = true;

    /// <summary>Bodies longer than this many characters are cut and marked as truncated; 4096 by default, at least 64.</summary>
    public int MaxBodyLength { get; set; } = 4096;

    /// <summary>
    /// The share of successful reads (GET requests) that are logged, from 0 (none) to 1 (all, the default). Writes and
    /// failures are always logged.
    /// </summary>
    public double ReadSampleRate { get; set; } = 1.0;

    /// <summary>Entries older than this are deleted by the retention; 30 days by default, null to keep them regardless of age.</summary>
    public TimeSpan? MaxAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>At most this many of the newest entries are kept; 100,000 by default, null for no limit.</summary>
    public int? MaxEntries { get; set; } = 100_000;

    /// <summary>How often the background retention runs in a host; hourly by default, at least one second.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
