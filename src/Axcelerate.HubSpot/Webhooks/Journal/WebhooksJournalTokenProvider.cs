using System.Collections.Concurrent;
using Axcelerate.HubSpot.HubSpotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Gets the app's client-credentials tokens (<c>grant_type=client_credentials</c> on <c>/oauth/v1/token</c>) and
/// keeps each until a minute before it expires, one per scope set; one request is in flight per scope set however
/// many callers wait. A refused request fails with a message naming HubSpot's reason and the scopes, never the secret.
/// </summary>
internal sealed class WebhooksJournalTokenProvider(
    IOptionsMonitor<WebhooksJournalOptions> options,
    IOptionsMonitor<HubSpotIntegrationOptions> integration,
    IServiceProvider services,
    TimeProvider time,
    ILogger<WebhooksJournalTokenProvider> logger) : IDisposable
{
    /// <summary>The scope the journal reads need.</summary>
    public const string JournalScopes = "developer.webhooks_journal.read";

    /// <summary>The scopes subscription management needs, with read access to the objects subscribed to.</summary>
    public const string SubscriptionScopes = "developer.webhooks_journal.subscriptions.read developer.webhooks_journal.subscriptions.write crm.objects.contacts.read crm.objects.companies.read crm.objects.deals.read";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async ValueTask<string> GetTokenAsync(string scopes, CancellationToken cancellationToken)
    {
        if (_tokens.TryGetValue(scopes, out var cached) && cached.ExpiresAt - RefreshMargin > time.GetUtcNow())
        {
            return cached.Token;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tokens.TryGetValue(scopes, out cached) && cached.ExpiresAt - RefreshMargin > time.GetUtcNow())
            {
                return cached.Token;
            }

            var token = await RequestAsync(scopes, cancellationToken).ConfigureAwait(false);
            _tokens[scopes] = token;
            WebhooksJournalLog.TokenObtained(logger, scopes, token.ExpiresAt);
            return token.Token;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Forgets a token HubSpot refused (401), so the next request gets a new one.</summary>
    public void Invalidate(string scopes) => _tokens.TryRemove(scopes, out _);

    public void Dispose() => _lock.Dispose();

    private async Task<(string Token, DateTimeOffset ExpiresAt)> RequestAsync(string scopes, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var hubSpot = integration.CurrentValue.HubSpot;
        var clientId = settings.ClientId ?? hubSpot.ClientId;
        var clientSecret = settings.ClientSecret ?? hubSpot.ClientSecret;
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret))
        {
            throw new InvalidOperationException("The webhooks journal needs the app's client id and secret: set WebhooksJournal ClientId/ClientSecret or HubSpotIntegration:HubSpot:ClientId/ClientSecret.");
        }

        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = scopes,
        };
        ClientCredentialsTokenDto response;
        try
        {
            response = await services.GetRequiredService<IWebhooksJournalApi>().RequestTokenAsync(form, cancellationToken).ConfigureAwait(false);
        }
        catch (HubSpotApiException ex)
        {
            // HubSpot's message names the reason (bad client id or secret, a scope the app may not use); the secret
            // itself went in a form body and appears nowhere here.
            throw new HubSpotApiException(
                $"HubSpot refused the webhooks journal's client-credentials token request for client id {clientId} and scopes '{scopes}': {ex.HubSpotMessage ?? ex.Message} " +
                "Check the app's client id and secret and that the app may use these scopes.",
                ex)
            {
                StatusCode = ex.StatusCode, Category = ex.Category, CorrelationId = ex.CorrelationId, HubSpotMessage = ex.HubSpotMessage,
                RequestMethod = ex.RequestMethod, RequestPath = ex.RequestPath,
            };
        }

        if (string.IsNullOrWhiteSpace(response.AccessToken) || response.ExpiresIn <= 0)
        {
            throw new HubSpotApiException("HubSpot's client-credentials token response lacked an access token or expires_in.")
            {
                RequestMethod = "POST", RequestPath = "/oauth/v1/token",
            };
        }

        return (response.AccessToken, time.GetUtcNow().AddSeconds(response.ExpiresIn));
    }
}
