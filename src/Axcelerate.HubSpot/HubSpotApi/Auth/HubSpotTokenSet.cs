namespace Axcelerate.HubSpot.HubSpotApi.Auth;

/// <summary>An OAuth grant for one HubSpot portal: the short-lived access token and the refresh token behind it.</summary>
/// <remarks><see cref="ToString"/> never prints either token.</remarks>
public sealed class HubSpotTokenSet
{
    /// <summary>Creates a token set.</summary>
    /// <param name="accessToken">The bearer token sent with requests.</param>
    /// <param name="refreshToken">The long-lived token that obtains new access tokens.</param>
    /// <param name="expiresAt">When the access token stops working.</param>
    public HubSpotTokenSet(string accessToken, string refreshToken, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        ExpiresAt = expiresAt;
    }

    /// <summary>The bearer token sent with requests.</summary>
    public string AccessToken { get; }

    /// <summary>The long-lived token that obtains new access tokens.</summary>
    public string RefreshToken { get; }

    /// <summary>When the access token stops working.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The portal (hub) the grant belongs to, when HubSpot said.</summary>
    public long? HubId { get; init; }

    /// <summary>The scopes granted.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>
    /// When HubSpot refused the refresh token (<c>invalid_grant</c>: revoked, expired, or the app uninstalled); null
    /// while the grant is usable. An invalid grant is never refreshed again: authorise anew (a new code exchange
    /// replaces it).
    /// </summary>
    public DateTimeOffset? InvalidatedAt { get; init; }

    /// <summary>What HubSpot said when it refused the refresh token, e.g. <c>invalid_grant (BAD_REFRESH_TOKEN): refresh token is invalid, expired or revoked</c>; null while usable.</summary>
    public string? InvalidReason { get; init; }

    /// <summary>False once HubSpot refused the refresh token (<see cref="InvalidatedAt"/> is set).</summary>
    public bool IsValid => InvalidatedAt is null;

    /// <summary>This grant, marked invalid (the tokens are kept only so the store row stays whole; they are never sent again).</summary>
    internal HubSpotTokenSet Invalidate(DateTimeOffset at, string reason) => new(AccessToken, RefreshToken, ExpiresAt)
    {
        HubId = HubId,
        Scopes = Scopes,
        InvalidatedAt = at,
        InvalidReason = reason,
    };

    /// <inheritdoc />
    public override string ToString() => $"HubSpotTokenSet {{ HubId = {HubId}, ExpiresAt = {ExpiresAt:O}, Scopes = [{string.Join(' ', Scopes)}]{(IsValid ? "" : $", InvalidatedAt = {InvalidatedAt:O}")} }}";
}
