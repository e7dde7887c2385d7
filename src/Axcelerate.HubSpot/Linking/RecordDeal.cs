namespace Axcelerate.HubSpot.Linking;

/// <summary>A HubSpot deal of a linked contact or company, with whether it is linked to an aXcelerate opportunity.</summary>
public sealed class RecordDeal
{
    /// <summary>The deal's HubSpot id.</summary>
    public required string DealId { get; init; }

    /// <summary>Its address in HubSpot's UI.</summary>
    public required Uri Address { get; init; }

    /// <summary>The deal's name.</summary>
    public string? Name { get; init; }

    /// <summary>The deal's amount as HubSpot holds it.</summary>
    public string? Amount { get; init; }

    /// <summary>The deal's pipeline id.</summary>
    public string? PipelineId { get; init; }

    /// <summary>The deal's stage id.</summary>
    public string? StageId { get; init; }

    /// <summary>The aXcelerate marketing opportunity (task id) linked to the deal, or null when it is not linked.</summary>
    public long? LinkedOpportunityId { get; init; }

    /// <summary>True when the deal is linked to an aXcelerate opportunity.</summary>
    public bool IsLinked => LinkedOpportunityId is not null;

    /// <summary>
    /// The aXcelerate contact that would be the marketing contact of an opportunity added for the deal: the linked
    /// contact itself from a contact's deals; from a company's deals, the deal's first linked contact (primary first), or
    /// null when none is linked and a key contact must be chosen.
    /// </summary>
    public long? MarketingContactId { get; init; }
}
