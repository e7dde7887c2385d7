namespace Axcelerate.HubSpot.HubSpotApi.Auth;

/// <summary>
/// HubSpot refused the OAuth refresh token (<c>invalid_grant</c>, e.g. <c>BAD_REFRESH_TOKEN</c>): the app was
/// uninstalled, or its access revoked, or the token expired. The grant is marked invalid in the token store and no
/// further refresh is attempted; every HubSpot call fails with this exception, without a request, until the integration
/// is authorised again (<see cref="IHubSpotOAuthClient.GetAuthorizationUrl"/>, then
/// <see cref="IHubSpotOAuthClient.ExchangeCodeAsync"/>). Not transient: retrying cannot help.
/// </summary>
public sealed class HubSpotGrantInvalidException : HubSpotApiException
{
    /// <summary>Creates an exception.</summary>
    public HubSpotGrantInvalidException()
        : base("HubSpot refused the OAuth refresh token; authorise the integration again.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public HubSpotGrantInvalidException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause (HubSpot's refusal, when this call made the refresh).</param>
    public HubSpotGrantInvalidException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>False: only a new authorisation helps.</summary>
    public override bool IsTransient => false;

    /// <summary>When the refresh token was refused.</summary>
    public DateTimeOffset InvalidatedAt { get; init; }

    internal static HubSpotGrantInvalidException For(HubSpotTokenSet grant, Exception? cause = null) =>
        new($"HubSpot no longer accepts the integration's OAuth grant: it refused the refresh token at {grant.InvalidatedAt:O} ({grant.InvalidReason}). "
            + "The app was uninstalled, its access revoked, or the token expired. Re-authorise: send the user to IHubSpotOAuthClient.GetAuthorizationUrl() and call ExchangeCodeAsync with the returned code. "
            + "No refresh is attempted until then.", cause)
        {
            InvalidatedAt = grant.InvalidatedAt ?? default,
            StatusCode = (cause as HubSpotApiException)?.StatusCode ?? System.Net.HttpStatusCode.BadRequest,
            Category = "invalid_grant",
            CorrelationId = (cause as HubSpotApiException)?.CorrelationId,
            RequestMethod = (cause as HubSpotApiException)?.RequestMethod,
            RequestPath = (cause as HubSpotApiException)?.RequestPath,
        };
}
