using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Users;

/// <summary>
/// User links: HubSpot owners beside aXcelerate users, linked automatically on matching email
/// (case-insensitive, trimmed) or by hand, and the user that acts for an owner, falling back to the Web Service user
/// (<see cref="UserLinkOptions.WebServiceUserContactId"/>).
/// </summary>
public interface IUserLinkService
{
    /// <summary>Reads the active HubSpot owners, their links and the active aXcelerate users; writes nothing.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The overview.</returns>
    Task<UserLinkOverview> GetOverviewAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Links every active HubSpot owner that has no link yet to the one aXcelerate user with the same email. Owners
    /// with a link (automatic or manual, including "no user") are left alone; several users with one email link none.
    /// </summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>One result per owner.</returns>
    Task<IReadOnlyList<UserAutoLinkResult>> AutoLinkAsync(CancellationToken cancellationToken = default);

    /// <summary>Links an owner to an aXcelerate user by hand, replacing any link; automatic linking never overrides it.</summary>
    /// <param name="hubSpotOwnerId">The HubSpot owner id.</param>
    /// <param name="axcelerateContactId">The aXcelerate user's contact id.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The stored link.</returns>
    /// <exception cref="ArgumentException">The owner does not exist in HubSpot, or the contact is not an aXcelerate user.</exception>
    Task<UserLink> SetLinkAsync(string hubSpotOwnerId, long axcelerateContactId, CancellationToken cancellationToken = default);

    /// <summary>Clears an owner's link by hand: the Web Service user acts for it, and automatic linking leaves it alone.</summary>
    /// <param name="hubSpotOwnerId">The HubSpot owner id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored "no user" link.</returns>
    Task<UserLink> ClearLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default);

    /// <summary>Forgets whatever was decided for an owner, so automatic linking applies to it again.</summary>
    /// <param name="hubSpotOwnerId">The HubSpot owner id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a link was removed.</returns>
    Task<bool> ResetLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default);

    /// <summary>The aXcelerate user that acts for a HubSpot owner: the linked user, else the Web Service user. Reads only the store.</summary>
    /// <param name="hubSpotOwnerId">The owner id (<c>hubspot_owner_id</c>); null or empty when the record has no owner.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The acting user.</returns>
    Task<ActingUser> ResolveAsync(string? hubSpotOwnerId, CancellationToken cancellationToken = default);
}
