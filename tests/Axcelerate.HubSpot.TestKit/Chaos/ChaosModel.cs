namespace Axcelerate.HubSpot.TestKit.Chaos;

/// <summary>A contact field the run changes, by its name in each system (all default two-way text mappings).</summary>
internal sealed record ChaosField(string Name, string HubSpot, string Axcelerate)
{
    public static readonly ChaosField[] ContactFields =
    [
        new("first name", "firstname", "GIVENNAME"),
        new("last name", "lastname", "SURNAME"),
        new("job title", "jobtitle", "POSITION"),
        new("city", "city", "CITY"),
    ];
}

/// <summary>What the run expects of one contact (keyed by its email, which the run never changes).</summary>
internal sealed class ExpectedContact(string email)
{
    public string Email { get; } = email;

    /// <summary>The latest value of each field (by <see cref="ChaosField.Name"/>), whichever system changed it last.</summary>
    public Dictionary<string, string> Fields { get; } = [];

    /// <summary>False once deleted in HubSpot, or merged into another contact there.</summary>
    public bool InHubSpot { get; set; } = true;

    /// <summary>
    /// Merged away in HubSpot: its aXcelerate contact stays (unlinked, "merge the duplicates by hand"), and the push may
    /// bring it back to HubSpot as a new contact, as it does any unlinked aXcelerate contact with an email; if it is in
    /// HubSpot, it must be there once, with its values, linked.
    /// </summary>
    public bool MayReturnToHubSpot { get; set; }

    /// <summary>What the run did to it, oldest first (sandbox time, system, values), for debugging a seed.</summary>
    public List<string> History { get; } = [];

    /// <summary>
    /// Changed in HubSpot since the last full sync. The run changes a contact at most once per system between two syncs:
    /// aXcelerate's LASTUPDATED is per record, so the SDK settles a field both systems changed by the later record
    /// change; with one change per system, that is also the later change of the field. (A merge or deletion then would
    /// also swallow the change, so those pick contacts without one.)
    /// </summary>
    public bool PendingHubSpot { get; set; }

    /// <summary>Changed in aXcelerate since the last full sync (see <see cref="PendingHubSpot"/>).</summary>
    public bool PendingAxcelerate { get; set; }

    /// <summary>Why it is no longer in HubSpot (for messages).</summary>
    public string? GoneBecause { get; set; }

    /// <summary>
    /// False once deleted in aXcelerate, or merged into another contact there. The SDK does not delete in HubSpot: the
    /// HubSpot contact stays with its values, and so does its link (to <see cref="AxcelerateId"/>, which is gone).
    /// </summary>
    public bool InAxcelerate { get; set; } = true;

    /// <summary>The aXcelerate contact id it had when it left aXcelerate (its link must still name it).</summary>
    public int? AxcelerateId { get; set; }

    /// <summary>True once the run stopped changing it (deleted or merged away in either system).</summary>
    public bool Frozen => !InHubSpot || !InAxcelerate;
}

/// <summary>What the run expects of one company (its organisation) or deal (its opportunity).</summary>
internal sealed class ExpectedRecord(string hubSpotId, string name)
{
    /// <summary>Its HubSpot id (a company merge gives the surviving company a new one).</summary>
    public string HubSpotId { get; set; } = hubSpotId;

    /// <summary>
    /// Whether aXcelerate should hold it, linked: imported companies and deals, and deals created in the stream (a deal's
    /// creation event creates its opportunity). A company created in the stream is not synchronised (its creation event
    /// is Skipped: companies become organisations by import), so it has no organisation.
    /// </summary>
    public bool Synchronised { get; init; } = true;

    /// <summary>Deleted in HubSpot: aXcelerate keeps its record with the last values, and the link is left as it is.</summary>
    public bool Deleted { get; set; }

    /// <summary>
    /// Merged into another in HubSpot: the surviving record keeps its own link, and this one's aXcelerate record stays,
    /// unlinked ("merge the duplicates by hand"), with its last values.
    /// </summary>
    public string? MergedInto { get; set; }

    /// <summary>Changed in HubSpot since the last full sync (a deletion or merge then would swallow the change).</summary>
    public bool Pending { get; set; }

    /// <summary>True once the run stopped changing it.</summary>
    public bool Frozen => Deleted || MergedInto is not null;

    public string Name { get; set; } = name;

    /// <summary>Deals: the amount; companies: unused.</summary>
    public decimal Amount { get; set; }

    /// <summary>Deals: the aXcelerate status name the stage maps to.</summary>
    public string? Status { get; set; }
}
