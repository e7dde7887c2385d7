namespace Axcelerate.HubSpot.Users;

/// <summary>How HubSpot owners map to aXcelerate users: <see cref="HubSpotIntegrationOptions.Users"/>, bound from <c>HubSpotIntegration:Users</c>.</summary>
public sealed class UserLinkOptions
{
    /// <summary>
    /// The contact id of the aXcelerate Web Service user: the user that acts for HubSpot owners with no linked user.
    /// When null, the fallback has no contact id and aXcelerate attributes the action to the API token's own user.
    /// </summary>
    public long? WebServiceUserContactId { get; set; }
}
