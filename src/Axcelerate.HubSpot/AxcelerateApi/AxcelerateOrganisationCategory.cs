namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>An organisation category.</summary>
public sealed class AxcelerateOrganisationCategory
{
    /// <summary>The category id.</summary>
    public long CategoryId { get; init; }

    /// <summary>The code.</summary>
    public string? CategoryCode { get; init; }

    /// <summary>The label.</summary>
    public string? CategoryDescriptor { get; init; }

    /// <summary>Whether it is active.</summary>
    public bool? Active { get; init; }
}
