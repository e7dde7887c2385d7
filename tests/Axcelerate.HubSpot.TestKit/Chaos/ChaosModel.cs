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

    /// <summary>True once the run stopped changing it (deleted or merged away).</summary>
    public bool Frozen => !InHubSpot;
}

/// <summary>What the run expects of one company (its organisation) or deal (its opportunity).</summary>
internal sealed class ExpectedRecord(string hubSpotId, string name)
{
    public string HubSpotId { get; } = hubSpotId;

    public string Name { get; set; } = name;

    /// <summary>Deals: the amount; companies: unused.</summary>
    public decimal Amount { get; set; }

    /// <summary>Deals: the aXcelerate status name the stage maps to.</summary>
    public string? Status { get; set; }
}
