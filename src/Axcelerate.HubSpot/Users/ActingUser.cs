namespace Axcelerate.HubSpot.Users;

/// <summary>Where the aXcelerate user acting for a HubSpot owner came from.</summary>
public enum ActingUserSource
{
    /// <summary>The owner is linked to this aXcelerate user.</summary>
    LinkedUser,

    /// <summary>No user is linked (or none was given): the Web Service user acts.</summary>
    WebServiceUser,
}

/// <summary>The aXcelerate user that acts for a HubSpot owner, e.g. as the owner of an opportunity.</summary>
/// <param name="HubSpotOwnerId">The owner asked about; null when the record had no owner.</param>
/// <param name="ContactId">
/// The aXcelerate user's contact id; null only for the Web Service fallback when
/// <see cref="UserLinkOptions.WebServiceUserContactId"/> is not configured.
/// </param>
/// <param name="Source">Whether a link or the fallback decided.</param>
public sealed record ActingUser(string? HubSpotOwnerId, long? ContactId, ActingUserSource Source)
{
    /// <summary>True when the Web Service user acts because no user is linked.</summary>
    public bool IsFallback => Source == ActingUserSource.WebServiceUser;
}
