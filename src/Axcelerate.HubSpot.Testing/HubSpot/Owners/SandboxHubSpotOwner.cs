namespace Axcelerate.HubSpot.Testing.HubSpot.Owners;

/// <summary>A HubSpot owner (a user records can be assigned to through <c>hubspot_owner_id</c>).</summary>
/// <param name="Id">The owner id (the value of <c>hubspot_owner_id</c>).</param>
/// <param name="UserId">The user id (answered as <c>userIdIncludingInactive</c> only once the owner is deactivated).</param>
/// <param name="Email">The owner's email.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Archived">
/// True for a deactivated user: HubSpot lists it only with <c>archived=true</c>, answers 404 for it without
/// <c>archived=true</c>, and sends no <c>userId</c> for it.
/// </param>
public sealed record SandboxHubSpotOwner(string Id, int UserId, string Email, string FirstName, string LastName, bool Archived = false);
