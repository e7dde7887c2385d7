namespace Axcelerate.HubSpot.Webhooks;

/// <summary>What one poll of the journal did.</summary>
/// <param name="EntriesRead">Journal entries read (and their offsets stored).</param>
/// <param name="EventsLogged">Events newly written to the incoming log.</param>
/// <param name="Duplicates">Events the log already held (an entry read again after a crash, or a repeat).</param>
/// <param name="CaughtUp">True when the poll reached the end of the journal; false when it stopped at the batch size.</param>
/// <param name="Gap">Set when the stored offset had expired during this poll.</param>
public sealed record WebhooksJournalReadResult(int EntriesRead, int EventsLogged, int Duplicates, bool CaughtUp, WebhooksJournalGap? Gap);
