using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Linking;

/// <summary>What a link, export or "add deal" did.</summary>
public enum LinkOutcome
{
    /// <summary>The aXcelerate record was linked to the chosen HubSpot record (or already was).</summary>
    Linked,

    /// <summary>A new HubSpot record was created from the aXcelerate record and linked.</summary>
    Exported,

    /// <summary>
    /// The export met HubSpot's 409 conflict (a contact with the email exists but HubSpot's search did not show it yet):
    /// the aXcelerate contact was linked to that existing contact instead of creating a duplicate.
    /// </summary>
    LinkedToExisting,

    /// <summary>A new aXcelerate marketing opportunity was created from a HubSpot deal and linked ("add deal").</summary>
    Created,

    /// <summary>Nothing was written; <see cref="LinkResult.Reason"/> says why.</summary>
    Refused,
}

/// <summary>Why a link, export or "add deal" was refused.</summary>
public enum LinkRefusal
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary>The aXcelerate record does not exist.</summary>
    AxcelerateRecordNotFound,

    /// <summary>The HubSpot record does not exist.</summary>
    HubSpotRecordNotFound,

    /// <summary>The aXcelerate record is already linked to another HubSpot record (organisations and opportunities: already exported).</summary>
    AlreadyLinked,

    /// <summary>The HubSpot record is already linked to another aXcelerate record.</summary>
    HubSpotRecordLinkedElsewhere,

    /// <summary>The record this one depends on is not linked (a contact or organisation for its deals, an opportunity's marketing contact).</summary>
    NotLinked,

    /// <summary>The opportunity's status or the deal's stage is not in the deal-stage map.</summary>
    StatusNotMapped,

    /// <summary>The deal is not among the records offered (not a deal of the linked contact or company, or not in the first pipeline).</summary>
    NotOffered,

    /// <summary>The deal has no contact linked to aXcelerate and no key contact was chosen.</summary>
    KeyContactRequired,

    /// <summary>The chosen key contact does not belong to the organisation.</summary>
    KeyContactNotInOrganisation,

    /// <summary>The aXcelerate task is not a marketing opportunity (it has no marketing contact).</summary>
    NotAnOpportunity,
}

/// <summary>The result of a link, export or "add deal": what was done, the two ids, and why anything was refused.</summary>
public sealed class LinkResult
{
    /// <summary>The kind of record.</summary>
    public required MappedEntity Entity { get; init; }

    /// <summary>What was done.</summary>
    public required LinkOutcome Outcome { get; init; }

    /// <summary>The aXcelerate id (for "add deal", the new opportunity's task id; null when refused before it existed).</summary>
    public long? AxcelerateId { get; init; }

    /// <summary>The HubSpot id linked, created or asked for.</summary>
    public string? HubSpotId { get; init; }

    /// <summary>The linked HubSpot record's address in HubSpot's UI; null when refused.</summary>
    public Uri? Address { get; init; }

    /// <summary>Why it was refused; <see cref="LinkRefusal.None"/> otherwise.</summary>
    public LinkRefusal Refusal { get; init; }

    /// <summary>A sentence for the user: why it was refused (naming both ids of a conflicting link), or a note on what was done (e.g. linked to an existing contact after a 409).</summary>
    public string? Reason { get; init; }

    /// <summary>On <see cref="LinkRefusal.AlreadyLinked"/>, the HubSpot id the aXcelerate record is linked to.</summary>
    public string? ConflictingHubSpotId { get; init; }

    /// <summary>On <see cref="LinkRefusal.HubSpotRecordLinkedElsewhere"/>, the aXcelerate id the HubSpot record is linked to.</summary>
    public long? ConflictingAxcelerateId { get; init; }

    /// <summary>Values that did not convert and were left out of the export or the new opportunity.</summary>
    public IReadOnlyList<FieldConversionError> ConversionErrors { get; init; } = [];

    /// <summary>True unless refused.</summary>
    public bool Succeeded => Outcome != LinkOutcome.Refused;
}
