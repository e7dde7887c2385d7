using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>
/// Owners: the users and queues that can own records. HubSpot keeps deactivated users as archived owners: they are
/// listed and found only when asked with <c>archived</c> = true, so a record's <c>hubspot_owner_id</c> may name an
/// owner that <see cref="GetAsync(string, CancellationToken)"/> does not find.
/// </summary>
public interface IHubSpotOwnerClient
{
    /// <summary>Streams the active owners, or only the archived (deactivated) ones; resumable from a page's continuation token.</summary>
    /// <param name="archived">True for the archived (deactivated) owners only, false (default) for the active ones only.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The owners, 100 per request unless a page-size hint (up to 500) says otherwise.</returns>
    AsyncPageable<HubSpotOwner> ListAsync(bool archived = false, CancellationToken cancellationToken = default);

    /// <summary>Reads one active owner by owner id.</summary>
    /// <param name="ownerId">The owner id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The owner, or null when HubSpot has no active owner with that id (it may be deactivated).</returns>
    Task<HubSpotOwner?> GetAsync(string ownerId, CancellationToken cancellationToken = default);

    /// <summary>Reads one owner by owner id, among the active or only among the archived (deactivated) owners.</summary>
    /// <param name="ownerId">The owner id.</param>
    /// <param name="archived">True to look among the archived owners only, false among the active ones only.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The owner, or null when there is none with that id in that state.</returns>
    Task<HubSpotOwner?> GetAsync(string ownerId, bool archived, CancellationToken cancellationToken = default);

    /// <summary>Finds the active owner with this email address.</summary>
    /// <param name="email">The email address.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The owner, or null when no active owner has that email.</returns>
    Task<HubSpotOwner?> GetByEmailAsync(string email, CancellationToken cancellationToken = default);
}
