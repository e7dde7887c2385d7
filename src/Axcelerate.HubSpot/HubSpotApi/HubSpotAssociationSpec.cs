namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>An association to create together with a record.</summary>
/// <param name="ToId">The id of the record to associate with.</param>
/// <param name="Types">The association types (at least one).</param>
public sealed record HubSpotAssociationSpec(string ToId, IReadOnlyList<HubSpotAssociationType> Types);
