namespace Axcelerate.HubSpot.Storage;

/// <summary>Keeps the links between HubSpot owners and aXcelerate users, one per owner.</summary>
public interface IUserLinkStore
{
    /// <summary>Reads the link of one owner.</summary>
    /// <param name="hubSpotOwnerId">The HubSpot owner id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The link, or null when the owner has none.</returns>
    ValueTask<UserLink?> GetUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default);

    /// <summary>Reads every link (there are as many as HubSpot users, so no paging).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>All links, ordered by owner id.</returns>
    ValueTask<IReadOnlyList<UserLink>> ListUserLinksAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets an owner's link, replacing any earlier one, stamped with the store's clock.</summary>
    /// <param name="hubSpotOwnerId">The HubSpot owner id.</param>
    /// <param name="axcelerateContactId">The aXcelerate user's contact id, or null for "no user".</param>
    /// <param name="email">The email to show beside the link.</param>
    /// <param name="method">How the link was made.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored link.</returns>
    ValueTask<UserLink> SetUserLinkAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken = default);

    /// <summary>Sets an owner's link only when the owner has none yet, atomically (automatic linking never overwrites).</summary>
    /// <param name="hubSpotOwnerId">The HubSpot owner id.</param>
    /// <param name="axcelerateContactId">The aXcelerate user's contact id.</param>
    /// <param name="email">The email both sides share.</param>
    /// <param name="method">How the link was made.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the link was added; false when the owner already had one.</returns>
    ValueTask<bool> AddUserLinkIfAbsentAsync(string hubSpotOwnerId, long? axcelerateContactId, string? email, UserLinkMethod method, CancellationToken cancellationToken = default);

    /// <summary>Forgets an owner's link, so automatic linking may apply again.</summary>
    /// <param name="hubSpotOwnerId">The HubSpot owner id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a link was removed.</returns>
    ValueTask<bool> RemoveUserLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default);
}
