using System.Net;
using System.Net.Http.Headers;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Puts the client-credentials bearer token on every journal and subscription request (the scope by path); the token
/// request itself goes out without one. A 401 drops the cached token so the next request gets a fresh one.
/// </summary>
internal sealed class WebhooksJournalAuthHandler(WebhooksJournalTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        if (path.StartsWith("/oauth/", StringComparison.Ordinal))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var scopes = path.StartsWith("/webhooks-journal/subscriptions/", StringComparison.Ordinal)
            ? WebhooksJournalTokenProvider.SubscriptionScopes
            : WebhooksJournalTokenProvider.JournalScopes;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(scopes, cancellationToken).ConfigureAwait(false));
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate(scopes);
        }

        return response;
    }
}
