namespace Axcelerate.HubSpot.Push;

/// <summary>The results of pushing several contacts, one per contact.</summary>
public sealed class ContactPushReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="records">One result per contact.</param>
    public ContactPushReport(IReadOnlyList<ContactPushResult> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        Records = records;
    }

    /// <summary>One result per contact, in the order asked for.</summary>
    public IReadOnlyList<ContactPushResult> Records { get; }

    /// <summary>How many contacts were created in HubSpot.</summary>
    public int Created => Count(ContactPushOutcome.Created);

    /// <summary>How many were linked to a HubSpot contact with the same email.</summary>
    public int Linked => Count(ContactPushOutcome.Linked);

    /// <summary>How many linked HubSpot contacts were updated.</summary>
    public int Updated => Count(ContactPushOutcome.Updated);

    /// <summary>How many needed no write.</summary>
    public int Unchanged => Count(ContactPushOutcome.Unchanged);

    /// <summary>How many were skipped on purpose.</summary>
    public int Skipped => Count(ContactPushOutcome.Skipped);

    /// <summary>How many failed.</summary>
    public int Failed => Count(ContactPushOutcome.Failed);

    private int Count(ContactPushOutcome outcome) => Records.Count(r => r.Outcome == outcome);
}
