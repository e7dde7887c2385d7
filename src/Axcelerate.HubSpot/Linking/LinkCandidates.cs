namespace Axcelerate.HubSpot.Linking;

/// <summary>The outcome of a search for HubSpot records to link an aXcelerate record to.</summary>
public sealed class LinkCandidates
{
    /// <summary>The kind of record.</summary>
    public required MappedEntity Entity { get; init; }

    /// <summary>The aXcelerate id the search was for.</summary>
    public required long AxcelerateId { get; init; }

    /// <summary>What was searched for (an email address, a domain, or the HubSpot contact whose deals are offered); null when no search ran.</summary>
    public string? SearchedFor { get; init; }

    /// <summary>The records found, in HubSpot id order; empty when none matched or no search ran.</summary>
    public IReadOnlyList<LinkCandidate> Candidates { get; init; } = [];

    /// <summary>Why no search ran (e.g. no email to search by, or an opportunity whose marketing contact is not linked); null when it ran.</summary>
    public string? Refusal { get; init; }

    /// <summary>True when the search ran.</summary>
    public bool Searched => Refusal is null;
}
