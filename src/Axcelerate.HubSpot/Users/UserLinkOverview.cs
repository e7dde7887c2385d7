using Axcelerate.HubSpot.AxcelerateApi;

namespace Axcelerate.HubSpot.Users;

/// <summary>HubSpot owners beside aXcelerate users, as an administrator sees them before linking.</summary>
/// <param name="Owners">Every active HubSpot owner with its link and acting user.</param>
/// <param name="AxcelerateUsers">The active aXcelerate users to choose from (as many as aXcelerate's <c>/users</c> returns).</param>
/// <param name="WebServiceUserContactId">The configured Web Service user's contact id, or null.</param>
public sealed record UserLinkOverview(IReadOnlyList<OwnerUserLink> Owners, IReadOnlyList<AxcelerateUser> AxcelerateUsers, long? WebServiceUserContactId);
