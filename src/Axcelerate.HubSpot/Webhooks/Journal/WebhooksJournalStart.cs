namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Where the reader starts when no offset is stored yet (its first run).</summary>
public enum WebhooksJournalStart
{
    /// <summary>The earliest entry still kept (up to 3 days of changes are read).</summary>
    Earliest,

    /// <summary>After the latest entry: only changes made from now on are read.</summary>
    Latest,
}
