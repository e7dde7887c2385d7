namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Owners: the users and queues that can own records.</summary>
public interface IHubSpotOwnerClient
{
    /// <summary>Streams every owner, page by page.</summary>
    /// <param name="archived">List archived (deactivated) owners instead of active ones.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The owners.</returns>
    IAsyncEnumerable<HubSpotOwner> ListAsync(bool archived = false, CancellationToken cancellationToken = default);

    /// <summary>Reads one owner by owner id.</summary>
    /// <param name="ownerId">The owner id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The owner, or null when HubSpot has none.</returns>
    Task<HubSpotOwner?> GetAsync(string ownerId, CancellationToken cancellationToken = default);

    /// <summary>Finds the active owner with this email address.</summary>
    /// <param name="email">The email address.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The owner, or null when none has that email.</returns>
    Task<HubSpotOwner?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);
}
