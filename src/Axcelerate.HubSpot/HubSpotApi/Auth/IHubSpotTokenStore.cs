namespace Axcelerate.HubSpot.HubSpotApi.Auth;

/// <summary>Keeps the OAuth grant so that a restart does not lose it. The durable stores implement it.</summary>
public interface IHubSpotTokenStore
{
    /// <summary>Reads the saved grant, or null when the integration has not been authorised.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The saved grant, or null.</returns>
    ValueTask<HubSpotTokenSet?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves a grant, replacing any earlier one.</summary>
    /// <param name="tokens">The grant to keep.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the grant is durable.</returns>
    ValueTask SaveAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken = default);

    /// <summary>Forgets the grant, as after a revoke.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the grant is gone.</returns>
    ValueTask ClearAsync(CancellationToken cancellationToken = default);
}
