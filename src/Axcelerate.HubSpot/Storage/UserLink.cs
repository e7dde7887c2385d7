namespace Axcelerate.HubSpot.Storage;

/// <summary>Which aXcelerate user acts for a HubSpot owner.</summary>
/// <param name="HubSpotOwnerId">The HubSpot owner id (the value of <c>hubspot_owner_id</c>).</param>
/// <param name="AxcelerateContactId">
/// The aXcelerate user's contact id; null when an administrator chose "no user", so the Web Service user acts and
/// automatic linking leaves the owner alone.
/// </param>
/// <param name="Email">The email the owner was linked on, for display; may be null.</param>
/// <param name="Method">Whether the link was made automatically or by hand.</param>
/// <param name="LinkedAt">When the link was last set (UTC).</param>
public sealed record UserLink(string HubSpotOwnerId, long? AxcelerateContactId, string? Email, UserLinkMethod Method, DateTimeOffset LinkedAt);
