using System.Net.Http.Headers;
using Axcelerate.HubSpot.HubSpotApi.Http;

namespace Axcelerate.HubSpot.HubSpotApi.Auth;

/// <summary>Adds <c>Authorization: Bearer</c> to every attempt (after a refresh when due); the token endpoints go without.</summary>
internal sealed class HubSpotAuthHandler(HubSpotOAuthClient tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!HubSpotRequestKinds.IsOAuth(request))
        {
            var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
