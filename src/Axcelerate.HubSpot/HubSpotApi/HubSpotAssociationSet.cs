namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>All associations of one record to one object type (a batch read result).</summary>
/// <param name="FromId">The record whose associations these are.</param>
/// <param name="To">Its associations.</param>
public sealed record HubSpotAssociationSet(string FromId, IReadOnlyList<HubSpotAssociation> To);
