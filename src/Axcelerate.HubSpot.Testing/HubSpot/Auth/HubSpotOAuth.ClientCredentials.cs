using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.HubSpot.Auth;

/// <summary>
/// The client-credentials grant HubSpot offers for the webhooks journal: the app's client id and secret buy a
/// short-lived token for the requested scopes, with no refresh token. Such tokens act for the app, never for a user:
/// the CRM endpoints refuse them; the journal and v4 subscription endpoints need them.
/// </summary>
internal sealed partial class HubSpotOAuth
{
    /// <summary>The scopes HubSpot grants an app's client-credentials tokens when nothing else is configured.</summary>
    public static readonly IReadOnlyList<string> DefaultClientCredentialsScopes =
    [
        "developer.webhooks_journal.read",
        "developer.webhooks_journal.subscriptions.read",
        "developer.webhooks_journal.subscriptions.write",
        "crm.objects.contacts.read",
        "crm.objects.companies.read",
        "crm.objects.deals.read",
    ];

    private readonly ConcurrentDictionary<string, AccessToken> _clientCredentialTokens = new(StringComparer.Ordinal);

    /// <summary>The scopes the app may request with the client-credentials grant.</summary>
    public IReadOnlyCollection<string> ClientCredentialsScopes { get; set; } = DefaultClientCredentialsScopes;

    /// <summary>How many client-credentials tokens were issued (a client that caches its token asks once).</summary>
    public int ClientCredentialsTokensIssued => _clientCredentialTokens.Count;

    /// <summary>Checks a bearer token issued by the client-credentials grant.</summary>
    public (TokenState State, IReadOnlyCollection<string> Scopes, TimeSpan ExpiredFor) CheckClientCredentials(string token)
    {
        if (!_clientCredentialTokens.TryGetValue(token, out var access))
        {
            return (TokenState.Unknown, [], TimeSpan.Zero);
        }

        var now = timeProvider.GetUtcNow();
        return now >= access.ExpiresAt ? (TokenState.Expired, access.Scopes, now - access.ExpiresAt) : (TokenState.Valid, access.Scopes, TimeSpan.Zero);
    }

    private IResult IssueClientCredentials(IFormCollection form)
    {
        // Client id and secret were checked by the caller. HubSpot needs the scopes named explicitly.
        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (requested.Length == 0)
        {
            return OAuthError("invalid_scope", "BAD_SCOPES", "scope is required for the client_credentials grant");
        }

        var refused = requested.Where(s => !ClientCredentialsScopes.Contains(s, StringComparer.Ordinal)).ToList();
        if (refused.Count > 0)
        {
            return OAuthError("invalid_scope", "BAD_SCOPES", $"The app is not allowed these scopes: {string.Join(' ', refused)}");
        }

        var token = NewToken("CC");
        _clientCredentialTokens[token] = new AccessToken(timeProvider.GetUtcNow() + options.AccessTokenLifetime, requested, false);
        return HubSpotResponses.Json(new JsonObject
        {
            ["token_type"] = "bearer",
            ["access_token"] = token,
            ["expires_in"] = (int)options.AccessTokenLifetime.TotalSeconds,
            ["scopes"] = Scopes(requested),
        });
    }
}
