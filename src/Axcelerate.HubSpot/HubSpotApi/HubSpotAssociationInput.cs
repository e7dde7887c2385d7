namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>One association to create in a batch.</summary>
/// <param name="FromId">The source record id.</param>
/// <param name="ToId">The target record id.</param>
/// <param name="Types">The association types; an empty list creates the default (unlabelled) association.</param>
public sealed record HubSpotAssociationInput(string FromId, string ToId, IReadOnlyList<HubSpotAssociationType> Types);
