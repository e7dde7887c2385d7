using Refit;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>Account-info endpoints; <c>root</c> is <see cref="HubSpotPaths.AccountInfo"/>.</summary>
internal interface IHubSpotAccountApi
{
    [Get("/{**root}/details")]
    Task<HubSpotAccountDetails> GetAccountDetailsAsync(string root, CancellationToken cancellationToken);
}
