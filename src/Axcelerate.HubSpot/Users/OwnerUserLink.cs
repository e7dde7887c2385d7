using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Users;

/// <summary>One HubSpot owner beside the aXcelerate user linked to it (one row of the user-link administration screen).</summary>
/// <param name="Owner">The HubSpot owner.</param>
/// <param name="Link">The stored link, or null when none was made.</param>
/// <param name="ActingUser">Who acts for the owner: the linked user, or the Web Service fallback.</param>
public sealed record OwnerUserLink(HubSpotOwner Owner, UserLink? Link, ActingUser ActingUser);
