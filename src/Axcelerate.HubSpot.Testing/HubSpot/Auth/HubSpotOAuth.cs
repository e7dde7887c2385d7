using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Auth;

/// <summary>
/// OAuth 2.0 as HubSpot runs it: an authorize page that redirects back with a code, token endpoints (v1, v3 and
/// 2026-03) issuing short-lived access tokens and long-lived refresh tokens, token metadata, and revocation. Access
/// token expiry runs on the sandbox clock.
/// </summary>
internal sealed partial class HubSpotOAuth(HubSpotSandboxOptions options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AccessToken> _accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Grant> _refreshTokens = new(StringComparer.Ordinal);

    /// <summary>The outcome of checking a bearer token.</summary>
    public enum TokenState
    {
        Unknown,
        Valid,
        Expired,
    }

    public (TokenState State, IReadOnlyCollection<string>? Scopes, TimeSpan ExpiredFor) Check(string token)
    {
        if (string.Equals(token, options.AccessToken, StringComparison.Ordinal))
        {
            return (TokenState.Valid, options.PrivateAppScopes, TimeSpan.Zero);
        }

        if (!_accessTokens.TryGetValue(token, out var access) || access.Revoked)
        {
            return (TokenState.Unknown, null, TimeSpan.Zero);
        }

        var now = timeProvider.GetUtcNow();
        return now >= access.ExpiresAt ? (TokenState.Expired, access.Scopes, now - access.ExpiresAt) : (TokenState.Valid, access.Scopes, TimeSpan.Zero);
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/oauth/authorize", Authorize);
        foreach (var version in new[] { "v1", "v3", "2026-03" })
        {
            endpoints.MapPost($"/oauth/{version}/token", (Delegate)TokenAsync);
        }

        endpoints.MapPost("/oauth/2026-03/token/revoke", (Delegate)RevokeFormAsync);
        endpoints.MapPost("/oauth/v3/token/revoke", (Delegate)RevokeFormAsync);
        endpoints.MapDelete("/oauth/v1/refresh-tokens/{token}", (string token) => _refreshTokens.TryRemove(token, out _) ? Results.NoContent() : BadRefreshToken());
        endpoints.MapGet("/oauth/v1/refresh-tokens/{token}", (string token) => _refreshTokens.TryGetValue(token, out var grant)
            ? HubSpotResponses.Json(new JsonObject { ["token"] = token, ["user"] = "sandbox-user@example.com", ["hub_id"] = options.PortalId, ["scopes"] = Scopes(grant.Scopes), ["client_id"] = options.OAuthClientId, ["token_type"] = "refresh" })
            : BadRefreshToken(StatusCodes.Status404NotFound));
        endpoints.MapGet("/oauth/v1/access-tokens/{token}", (string token) =>
        {
            if (!_accessTokens.TryGetValue(token, out var access) || access.Revoked || access.ExpiresAt <= timeProvider.GetUtcNow())
            {
                return HubSpotResponses.Json(new JsonObject { ["status"] = "error", ["message"] = "The access token is expired or invalid", ["correlationId"] = Guid.NewGuid().ToString() }, StatusCodes.Status404NotFound);
            }

            return HubSpotResponses.Json(new JsonObject
            {
                ["token"] = token,
                ["user"] = "sandbox-user@example.com",
                ["hub_domain"] = "sandbox.hubspot.test",
                ["scopes"] = Scopes(access.Scopes),
                ["hub_id"] = options.PortalId,
                ["app_id"] = 1,
                ["expires_in"] = (int)(access.ExpiresAt - timeProvider.GetUtcNow()).TotalSeconds,
                ["user_id"] = 70_000_001,
                ["token_type"] = "access",
            });
        });
    }

    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        if (!string.Equals(query["client_id"], options.OAuthClientId, StringComparison.Ordinal))
        {
            return Results.BadRequest("Authorization failed because the client_id is invalid.");
        }

        var redirect = query["redirect_uri"].ToString();
        // HubSpot matches the redirect URL with the app's setting exactly, character for character.
        if (!Uri.TryCreate(redirect, UriKind.Absolute, out var redirectUri) || (options.OAuthRedirectUri is { } registered && !string.Equals(registered.OriginalString, redirect, StringComparison.Ordinal)))
        {
            return Results.BadRequest("Authorization failed because the redirect URL doesn't match the app's settings.");
        }

        var scopes = query["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var code = NewToken("code");
        _codes[code] = new Grant(redirect, scopes);
        var separator = string.IsNullOrEmpty(redirectUri.Query) ? "?" : "&";
        var state = query["state"].ToString();
        var location = $"{redirect}{separator}code={Uri.EscapeDataString(code)}" + (string.IsNullOrEmpty(state) ? string.Empty : $"&state={Uri.EscapeDataString(state)}");
        return Results.Redirect(location);
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return OAuthError("invalid_request", "BAD_REQUEST", "The request must be application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (!string.Equals(form["client_id"], options.OAuthClientId, StringComparison.Ordinal))
        {
            return OAuthError("invalid_client", "BAD_CLIENT_ID", "missing or invalid client id");
        }

        if (!string.Equals(form["client_secret"], options.OAuthClientSecret, StringComparison.Ordinal))
        {
            return OAuthError("invalid_client", "BAD_CLIENT_SECRET", "missing or invalid client secret");
        }

        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                {
                    if (!_codes.TryRemove(form["code"].ToString(), out var grant))
                    {
                        return OAuthError("invalid_grant", "BAD_AUTH_CODE", "missing or unknown auth code");
                    }

                    if (!string.Equals(grant.RedirectUri, form["redirect_uri"], StringComparison.Ordinal))
                    {
                        return OAuthError("invalid_grant", "BAD_REDIRECT_URI", "redirect_uri does not match the one used to authorize");
                    }

                    var refresh = NewToken("na1");
                    _refreshTokens[refresh] = grant;
                    return Issue(refresh, grant);
                }

            case "refresh_token":
                {
                    var refresh = form["refresh_token"].ToString();
                    return _refreshTokens.TryGetValue(refresh, out var grant) ? Issue(refresh, grant) : BadRefreshToken();
                }

            case "client_credentials":
                return IssueClientCredentials(form);

            default:
                return OAuthError("unsupported_grant_type", "BAD_GRANT_TYPE", "grant_type must be authorization_code, refresh_token or client_credentials");
        }
    }

    private async Task<IResult> RevokeFormAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (!string.Equals(form["client_id"], options.OAuthClientId, StringComparison.Ordinal) || !string.Equals(form["client_secret"], options.OAuthClientSecret, StringComparison.Ordinal))
        {
            // The v3 and 2026-03 revoke endpoints authenticate the app, as the token endpoint does.
            return OAuthError("invalid_client", "BAD_CLIENT_ID", "missing or invalid client id or secret");
        }

        var token = form["token"].ToString();
        _refreshTokens.TryRemove(token, out _);
        if (_accessTokens.TryGetValue(token, out var access))
        {
            _accessTokens[token] = access with { Revoked = true };
        }

        return Results.Ok();
    }

    private IResult Issue(string refreshToken, Grant grant)
    {
        var access = NewToken("CJ");
        _accessTokens[access] = new AccessToken(timeProvider.GetUtcNow() + options.AccessTokenLifetime, grant.Scopes, false);
        return HubSpotResponses.Json(new JsonObject
        {
            ["token_type"] = "bearer",
            ["refresh_token"] = refreshToken,
            ["access_token"] = access,
            ["expires_in"] = (int)options.AccessTokenLifetime.TotalSeconds,
            ["hub_id"] = options.PortalId,
            ["user_id"] = 70_000_001,
            ["scopes"] = Scopes(grant.Scopes),
            ["token_use"] = "access",
        });
    }

    private static JsonArray Scopes(IReadOnlyCollection<string> scopes) => new([.. scopes.Select(s => (JsonNode)s)]);

    private static IResult BadRefreshToken(int status = StatusCodes.Status400BadRequest) =>
        HubSpotResponses.Json(OAuthErrorBody("invalid_grant", "BAD_REFRESH_TOKEN", "refresh token is invalid, expired or revoked"), status);

    private static IResult OAuthError(string error, string status, string message) =>
        HubSpotResponses.Json(OAuthErrorBody(error, status, message), StatusCodes.Status400BadRequest);

    private static JsonObject OAuthErrorBody(string error, string status, string message) => new()
    {
        ["status"] = status,
        ["message"] = message,
        ["correlationId"] = Guid.NewGuid().ToString(),
        ["error"] = error,
        ["error_description"] = message,
    };

    private static string NewToken(string prefix) =>
        prefix + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)).ToString(CultureInfo.InvariantCulture);

    private sealed record Grant(string RedirectUri, IReadOnlyCollection<string> Scopes);

    private sealed record AccessToken(DateTimeOffset ExpiresAt, IReadOnlyCollection<string> Scopes, bool Revoked);
}
