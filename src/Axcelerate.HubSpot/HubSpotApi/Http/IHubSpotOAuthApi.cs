using Refit;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>OAuth token endpoints; form-encoded bodies, so no secret ever lands in a URL.</summary>
internal interface IHubSpotOAuthApi
{
    [Post("/{**path}")]
    Task<TokenResponse> RequestTokenAsync(string path, [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task RevokeTokenAsync(string path, [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, CancellationToken cancellationToken);
}
