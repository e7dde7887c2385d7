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

    /// <inheritdoc />
    public override string ToString() => $"HubSpotTokenSet {{ HubId = {HubId}, ExpiresAt = {ExpiresAt:O}, Scopes = [{string.Join(' ', Scopes)}] }}";
}
