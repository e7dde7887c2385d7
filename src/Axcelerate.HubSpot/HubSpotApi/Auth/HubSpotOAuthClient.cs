using System.Text;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.HubSpotApi.Auth;

/// <summary>
/// Holds the OAuth grant and hands out access tokens. A token is refreshed one minute before it expires; a single
/// <see cref="SemaphoreSlim"/> makes sure exactly one refresh is in flight however many requests wait for it.
/// With a static <see cref="HubSpotOptions.AccessToken"/> it simply returns that token. When HubSpot refuses the
/// refresh token (<c>invalid_grant</c>) the grant is marked invalid in the store, and from then on every caller (those
/// waiting for the same refresh too, and later processes reading the store) gets <see cref="HubSpotGrantInvalidException"/>
/// without another request, until a new code exchange replaces the grant.
/// </summary>
internal sealed class HubSpotOAuthClient(
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    IHubSpotTokenStore store,
    IServiceProvider services,
    TimeProvider time,
    ILogger<HubSpotOAuthClient> logger) : IHubSpotOAuthClient, IDisposable
{
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile HubSpotTokenSet? _current;

    private HubSpotOptions Settings => options.CurrentValue.HubSpot;

    public Uri GetAuthorizationUrl(string? state = null, IEnumerable<string>? scopes = null, IEnumerable<string>? optionalScopes = null)
    {
        var settings = Settings;
        if (string.IsNullOrWhiteSpace(settings.ClientId) || settings.RedirectUri is null)
        {
            throw new InvalidOperationException("HubSpotIntegration:HubSpot:ClientId and HubSpotIntegration:HubSpot:RedirectUri must be set to build an authorisation URL.");
        }

        var query = new StringBuilder();
        Append(query, "client_id", settings.ClientId);
        // HubSpot compares the redirect URI with the app's setting exactly: send it as configured (Uri.ToString()
        // would add a trailing slash to a bare host and unescape characters).
        Append(query, "redirect_uri", settings.RedirectUri.OriginalString);
        var required = (scopes ?? settings.Scopes).ToList();
        if (required.Count > 0)
        {
            Append(query, "scope", string.Join(' ', required));
        }

        var optional = (optionalScopes ?? settings.OptionalScopes).ToList();
        if (optional.Count > 0)
        {
            Append(query, "optional_scope", string.Join(' ', optional));
        }

        if (!string.IsNullOrEmpty(state))
        {
            Append(query, "state", state);
        }

        return new UriBuilder(settings.AuthorizationEndpoint) { Query = query.ToString() }.Uri;
    }

    public async Task<HubSpotTokenSet> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var settings = RequireOAuthSettings();
        var form = ClientCredentials(settings);
        form["grant_type"] = "authorization_code";
        form["redirect_uri"] = settings.RedirectUri?.OriginalString ?? "";
        form["code"] = code;

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var tokens = await RequestTokensAsync(form, refreshTokenFallback: null, cancellationToken).ConfigureAwait(false);
            HubSpotApiLog.CodeExchanged(logger, tokens.HubId);
            return tokens;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public async Task<HubSpotTokenSet> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await LoadAsync(cancellationToken).ConfigureAwait(false) ?? throw NotAuthorized();
            return await RefreshCoreAsync(Usable(current), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public async Task RevokeAsync(CancellationToken cancellationToken = default)
    {
        var settings = RequireOAuthSettings();
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await LoadAsync(cancellationToken).ConfigureAwait(false);
            if (current is not null)
            {
                var form = ClientCredentials(settings);
                form["token"] = current.RefreshToken;
                form["token_type_hint"] = "refresh_token";
                await Api.RevokeTokenAsync(HubSpotPaths.For(settings).TokenRevoke, form, cancellationToken).ConfigureAwait(false);
            }

            await store.ClearAsync(cancellationToken).ConfigureAwait(false);
            _current = null;
            HubSpotApiLog.GrantRevoked(logger);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public async Task<bool> IsAuthorizedAsync(CancellationToken cancellationToken = default) =>
        !Settings.UsesOAuth || await LoadAsync(cancellationToken).ConfigureAwait(false) is { IsValid: true };

    /// <summary>The bearer token for the next request, refreshing it first when it is about to expire.</summary>
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var settings = Settings;
        if (!settings.UsesOAuth)
        {
            return settings.AccessToken ?? throw new InvalidOperationException("HubSpotIntegration:HubSpot:AccessToken is not set.");
        }

        var tokens = Usable(_current ?? await LoadAsync(cancellationToken).ConfigureAwait(false) ?? throw NotAuthorized());
        if (IsFresh(tokens))
        {
            return tokens.AccessToken;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever held the lock before us may already have refreshed, or found the grant revoked.
            tokens = Usable(_current ?? await LoadAsync(cancellationToken).ConfigureAwait(false) ?? throw NotAuthorized());
            if (IsFresh(tokens))
            {
                return tokens.AccessToken;
            }

            return (await RefreshCoreAsync(tokens, cancellationToken).ConfigureAwait(false)).AccessToken;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private IHubSpotApi Api => services.GetRequiredService<IHubSpotApi>();

    private bool IsFresh(HubSpotTokenSet tokens) => tokens.ExpiresAt - RefreshMargin > time.GetUtcNow();

    private async Task<HubSpotTokenSet> RefreshCoreAsync(HubSpotTokenSet current, CancellationToken cancellationToken)
    {
        var form = ClientCredentials(RequireOAuthSettings());
        form["grant_type"] = "refresh_token";
        form["refresh_token"] = current.RefreshToken;
        HubSpotTokenSet tokens;
        try
        {
            tokens = await RequestTokensAsync(form, current.RefreshToken, cancellationToken).ConfigureAwait(false);
        }
        catch (HubSpotApiException ex) when (IsRefused(ex))
        {
            // Revoked, expired or uninstalled: mark the grant so that nobody (no waiting caller, no later process) asks again.
            var reason = $"{ex.Category}{(ex.SubCategory is null ? "" : $" ({ex.SubCategory})")}: {ex.HubSpotMessage ?? "the refresh token was refused"}";
            var invalid = current.Invalidate(time.GetUtcNow(), reason);
            await store.SaveAsync(invalid, cancellationToken).ConfigureAwait(false);
            _current = invalid;
            HubSpotApiLog.GrantInvalid(logger, reason);
            throw HubSpotGrantInvalidException.For(invalid, ex);
        }

        HubSpotApiLog.TokenRefreshed(logger, tokens.ExpiresAt);
        return tokens;
    }

    // RFC 6749 invalid_grant on a refresh: HubSpot's answer for a revoked, expired or unknown refresh token.
    private static bool IsRefused(HubSpotApiException ex) =>
        ex.StatusCode is System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.Unauthorized
        && string.Equals(ex.Category, "invalid_grant", StringComparison.OrdinalIgnoreCase);

    private static HubSpotTokenSet Usable(HubSpotTokenSet tokens) =>
        tokens.IsValid ? tokens : throw HubSpotGrantInvalidException.For(tokens);

    private async Task<HubSpotTokenSet> RequestTokensAsync(Dictionary<string, string> form, string? refreshTokenFallback, CancellationToken cancellationToken)
    {
        var settings = Settings;
        var response = await Api.RequestTokenAsync(HubSpotPaths.For(settings).Token, form, cancellationToken).ConfigureAwait(false);
        var refreshToken = response.RefreshToken ?? refreshTokenFallback;
        if (string.IsNullOrWhiteSpace(response.AccessToken) || string.IsNullOrWhiteSpace(refreshToken) || response.ExpiresIn <= 0)
        {
            throw new HubSpotApiException("HubSpot's token response lacked an access token, a refresh token or expires_in.")
            {
                RequestMethod = "POST", RequestPath = "/" + HubSpotPaths.For(settings).Token,
            };
        }

        var tokens = new HubSpotTokenSet(response.AccessToken, refreshToken, time.GetUtcNow().AddSeconds(response.ExpiresIn))
        {
            HubId = response.HubId,
            Scopes = response.Scopes ?? [],
        };
        await store.SaveAsync(tokens, cancellationToken).ConfigureAwait(false);
        _current = tokens;
        return tokens;
    }

    // A read that started before a concurrent refresh must not replace the refreshed grant with the stale one it read.
    private async ValueTask<HubSpotTokenSet?> LoadAsync(CancellationToken cancellationToken) =>
        _current ?? (await store.GetAsync(cancellationToken).ConfigureAwait(false) is { } loaded
            ? Interlocked.CompareExchange(ref _current, loaded, null) ?? loaded
            : _current);

    private HubSpotOptions RequireOAuthSettings()
    {
        var settings = Settings;
        if (string.IsNullOrWhiteSpace(settings.ClientId) || string.IsNullOrWhiteSpace(settings.ClientSecret))
        {
            throw new InvalidOperationException("HubSpotIntegration:HubSpot:ClientId and HubSpotIntegration:HubSpot:ClientSecret must be set to use OAuth.");
        }

        return settings;
    }

    private static Dictionary<string, string> ClientCredentials(HubSpotOptions settings) => new(StringComparer.Ordinal)
    {
        ["client_id"] = settings.ClientId!,
        ["client_secret"] = settings.ClientSecret!,
    };

    private static InvalidOperationException NotAuthorized() =>
        new("HubSpot OAuth is configured but not authorised yet: send the user to IHubSpotOAuthClient.GetAuthorizationUrl() and call ExchangeCodeAsync with the returned code.");

    private static void Append(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
