namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A record associated with another one, and how.</summary>
/// <param name="ToObjectId">The associated record's id.</param>
/// <param name="Types">The association types between the two.</param>
public sealed record HubSpotAssociation(string ToObjectId, IReadOnlyList<HubSpotAssociationType> Types);
