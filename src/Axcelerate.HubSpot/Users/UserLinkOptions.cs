namespace Axcelerate.HubSpot.Users;

/// <summary>How HubSpot owners map to aXcelerate users (<c>HubSpotIntegration:Users</c>).</summary>
/// <remarks>
/// Bound from the <c>Users</c> key of the section given to <c>AddHubSpotIntegration(configuration)</c>
/// (<c>HubSpotIntegration:Users:WebServiceUserContactId</c> by default); in code, use
/// <c>services.Configure&lt;UserLinkOptions&gt;(o =&gt; o.WebServiceUserContactId = ...)</c>.
/// </remarks>
public sealed class UserLinkOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "HubSpotIntegration:Users";

    /// <summary>
    /// The contact id of the aXcelerate Web Service user: the user that acts for HubSpot owners with no linked user
    /// (the seed: "The Web Service user will be used ... by default when no users have been linked"). When null, the
    /// fallback has no contact id and aXcelerate attributes the action to the API token's own user.
    /// </summary>
    public long? WebServiceUserContactId { get; set; }
}
