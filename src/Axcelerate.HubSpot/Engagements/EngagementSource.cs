namespace Axcelerate.HubSpot.Engagements;

/// <summary>A HubSpot record an engagement is associated with, and through which a view found it.</summary>
/// <param name="Kind">Contact, company or deal.</param>
/// <param name="HubSpotId">The record's HubSpot id.</param>
/// <param name="Name">
/// The company's <c>name</c> or the deal's <c>dealname</c> for an associated company or deal; null for the viewed
/// record itself (the contact of a contact view, the company of an organisation view).
/// </param>
public sealed record EngagementSource(EngagementSourceKind Kind, string HubSpotId, string? Name);
