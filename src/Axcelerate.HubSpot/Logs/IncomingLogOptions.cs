namespace Axcelerate.HubSpot.Logs;

/// <summary>
/// How long the incoming log keeps finished entries: <see cref="HubSpotIntegrationOptions.IncomingLog"/>, bound from
/// <c>HubSpotIntegration:IncomingLog</c>. Pending and Processing entries are never removed.
/// </summary>
public sealed class IncomingLogOptions
{
    /// <summary>Finished entries received longer ago than this are removed; 30 days by default; null keeps them regardless of age.</summary>
    public TimeSpan? RetentionAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>At most this many newest entries are kept (older finished ones are removed); 100,000 by default; null for no limit.</summary>
    public int? MaxEntries { get; set; } = 100_000;

    /// <summary>How often the background pruner applies the retention; 1 hour by default.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
