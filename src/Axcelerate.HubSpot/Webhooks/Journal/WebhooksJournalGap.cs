namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// The stored offset had expired when the reader came back to it (HubSpot keeps the journal 3 days): changes
/// published between <see cref="MissedFrom"/> and <see cref="MissedUntil"/> may never reach the incoming log.
/// </summary>
/// <param name="ExpiredOffset">The offset HubSpot no longer knew.</param>
/// <param name="MissedFrom">When the last entry read was published (or, when unknown, when its offset was saved).</param>
/// <param name="MissedUntil">When the earliest entry still kept was published, where reading continued; null when the journal was empty.</param>
/// <param name="DetectedAt">When the reader found out (UTC).</param>
public sealed record WebhooksJournalGap(string ExpiredOffset, DateTimeOffset? MissedFrom, DateTimeOffset? MissedUntil, DateTimeOffset DetectedAt)
{
    /// <summary>What may have been missed, in words.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"The webhooks journal offset {ExpiredOffset} had expired: changes published between {MissedFrom:O} and {(MissedUntil is { } until ? until.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "now")} may have been missed.";
}
