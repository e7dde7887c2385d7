namespace Axcelerate.HubSpot.Storage;

/// <summary>How a HubSpot owner came to be linked to an aXcelerate user.</summary>
public enum UserLinkMethod
{
    /// <summary>Linked automatically because the emails match.</summary>
    Automatic,

    /// <summary>Chosen by an administrator; automatic linking never overrides it.</summary>
    Manual,
}
