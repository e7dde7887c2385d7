namespace Axcelerate.HubSpot.Coordination;

/// <summary>The names of the leases single-instance work runs under.</summary>
internal static class WorkLeases
{
    /// <summary>The contact poller's pass (one watermark per account).</summary>
    public const string ContactPoller = "poll:contacts";

    /// <summary>The incoming log's retention.</summary>
    public const string IncomingLogPruner = "prune:incoming-log";

    /// <summary>The outgoing log's retention.</summary>
    public const string OutgoingLogPruner = "prune:outgoing-log";

    /// <summary>A webhooks journal reader's pass, per journal key.</summary>
    public static string WebhooksJournal(string journalKey) => "journal:" + journalKey;

    /// <summary>An import run of one entity.</summary>
    public static string Import(MappedEntity entity) => "import:" + entity.ToString().ToLowerInvariant();
}
