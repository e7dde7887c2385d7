namespace Axcelerate.HubSpot.Testing.HubSpot.Owners;

/// <summary>A HubSpot owner (a user records can be assigned to through <c>hubspot_owner_id</c>).</summary>
/// <param name="Id">The owner id (the value of <c>hubspot_owner_id</c>).</param>
/// <param name="UserId">The user id.</param>
/// <param name="Email">The owner's email.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
public sealed record HubSpotOwner(string Id, int UserId, string Email, string FirstName, string LastName);
