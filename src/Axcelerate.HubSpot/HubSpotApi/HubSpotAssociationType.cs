namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>An association type (direction-specific), optionally labelled.</summary>
/// <param name="Category">Who defined the type.</param>
/// <param name="TypeId">The type id, e.g. 279 for contact → company (unlabelled).</param>
/// <param name="Label">The label, for labelled types read back from HubSpot.</param>
public sealed record HubSpotAssociationType(HubSpotAssociationCategory Category, int TypeId, string? Label = null)
{
    /// <summary>A HubSpot-defined type.</summary>
    /// <param name="typeId">The type id.</param>
    /// <returns>The type.</returns>
    public static HubSpotAssociationType HubSpotDefined(int typeId) => new(HubSpotAssociationCategory.HubSpotDefined, typeId);
}
