namespace Axcelerate.HubSpot.HubSpotApi.Auth;

/// <summary>
/// The OAuth 2.0 grant of the integration: send the user to <see cref="GetAuthorizationUrl"/>, exchange the code
/// HubSpot returns, and the client refreshes the short-lived access token by itself (one refresh at a time, a minute
/// before expiry). Tokens are kept in the registered <see cref="IHubSpotTokenStore"/>.
/// </summary>
public interface IHubSpotOAuthClient
{
    /// <summary>Builds the HubSpot authorisation URL for the configured client id, redirect URI and scopes.</summary>
    /// <param name="state">An opaque value echoed back to the redirect URI; use it against CSRF.</param>
    /// <param name="scopes">Required scopes; the configured <see cref="HubSpotOptions.Scopes"/> when null.</param>
    /// <param name="optionalScopes">Optional scopes; the configured <see cref="HubSpotOptions.OptionalScopes"/> when null.</param>
    /// <returns>The URL to send the user's browser to.</returns>
    Uri GetAuthorizationUrl(string? state = null, IEnumerable<string>? scopes = null, IEnumerable<string>? optionalScopes = null);

    /// <summary>Exchanges the authorisation code from the redirect for tokens and saves them.</summary>
    /// <param name="code">The <c>code</c> query value HubSpot sent to the redirect URI.</param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    /// <returns>The new grant.</returns>
    Task<HubSpotTokenSet> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Refreshes the access token now (normally automatic) and saves the new grant.</summary>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    /// <returns>The refreshed grant.</returns>
    Task<HubSpotTokenSet> RefreshAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes the refresh token at HubSpot and forgets the grant.</summary>
    /// <param name="cancellationToken">Cancels the revoke.</param>
    /// <returns>A task that completes when the grant is revoked and cleared.</returns>
    Task RevokeAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether a grant is stored (the integration has been authorised).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>True when a grant is stored.</returns>
    Task<bool> IsAuthorizedAsync(CancellationToken cancellationToken = default);
}
