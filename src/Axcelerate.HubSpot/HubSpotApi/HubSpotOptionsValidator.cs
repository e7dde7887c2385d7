using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Checks the <c>HubSpotIntegration:HubSpot</c> half of the options at start, naming the offending key.</summary>
internal sealed class HubSpotOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    private const string Prefix = "HubSpotIntegration:HubSpot:";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        var hubSpot = options.HubSpot;
        if (hubSpot is null)
        {
            return ValidateOptionsResult.Fail($"{Prefix.TrimEnd(':')} is required.");
        }

        var errors = new ValidateOptionsResultBuilder();
        if (!IsHttpUrl(hubSpot.BaseUrl))
        {
            errors.AddError($"{Prefix}BaseUrl must be an absolute http or https URL (e.g. https://api.hubapi.com).");
        }

        if (!HubSpotApiVersion.IsSupported(hubSpot.ApiVersion))
        {
            errors.AddError($"{Prefix}ApiVersion must be '{HubSpotApiVersion.March2026}' or '{HubSpotApiVersion.V3}'.");
        }

        var hasToken = !string.IsNullOrWhiteSpace(hubSpot.AccessToken);
        var hasClientId = !string.IsNullOrWhiteSpace(hubSpot.ClientId);
        if (!hasToken && !hasClientId)
        {
            errors.AddError($"{Prefix}AccessToken is required (a private-app or service-key token), unless OAuth is configured with {Prefix}ClientId, {Prefix}ClientSecret and {Prefix}RedirectUri.");
        }
        else if (hasToken && hasClientId)
        {
            errors.AddError($"{Prefix}AccessToken and {Prefix}ClientId are both set: use a private-app token or OAuth, not both (remove one of them).");
        }
        else if (!hasToken)
        {
            if (string.IsNullOrWhiteSpace(hubSpot.ClientSecret))
            {
                errors.AddError($"{Prefix}ClientSecret is required when {Prefix}ClientId is set.");
            }

            if (hubSpot.RedirectUri is null || !IsHttpUrl(hubSpot.RedirectUri))
            {
                errors.AddError($"{Prefix}RedirectUri must be an absolute http or https URL when {Prefix}ClientId is set.");
            }

            if (!IsHttpUrl(hubSpot.AuthorizationEndpoint))
            {
                errors.AddError($"{Prefix}AuthorizationEndpoint must be an absolute http or https URL.");
            }
        }

        if (!IsHttpUrl(hubSpot.UiBaseUrl))
        {
            errors.AddError($"{Prefix}UiBaseUrl must be an absolute http or https URL (e.g. https://app.hubspot.com/).");
        }

        if (!Enum.IsDefined(hubSpot.Tier))
        {
            errors.AddError($"{Prefix}Tier must be one of {string.Join(", ", Enum.GetNames<HubSpotTier>())}; '{hubSpot.Tier}' is not.");
        }

        if (hubSpot.PortalId is <= 0)
        {
            errors.AddError($"{Prefix}PortalId must be the account's positive id (hub id) when set.");
        }

        if (hubSpot.AppId is <= 0)
        {
            errors.AddError($"{Prefix}AppId must be a positive HubSpot app id; {hubSpot.AppId} is not.");
        }

        if (hubSpot.SearchRequestsPerSecond < 1)
        {
            errors.AddError($"{Prefix}SearchRequestsPerSecond must be at least 1.");
        }

        if (hubSpot.MaxRetries is < 0 or > 10)
        {
            errors.AddError($"{Prefix}MaxRetries must be between 0 and 10.");
        }

        if (hubSpot.BaseDelay < TimeSpan.Zero || hubSpot.MaxRetryDelay < TimeSpan.Zero)
        {
            errors.AddError($"{Prefix}BaseDelay and {Prefix}MaxRetryDelay must not be negative.");
        }

        if (hubSpot.BaseDelay > OptionLimits.LongestWait || hubSpot.MaxRetryDelay > OptionLimits.LongestWait)
        {
            errors.AddError($"{Prefix}BaseDelay and {Prefix}MaxRetryDelay must be {OptionLimits.LongestWaitText}.");
        }

        if (hubSpot.RequestTimeout <= TimeSpan.Zero)
        {
            errors.AddError($"{Prefix}RequestTimeout must be positive.");
        }
        else if (hubSpot.RequestTimeout > OptionLimits.LongestWait)
        {
            errors.AddError($"{Prefix}RequestTimeout must be {OptionLimits.LongestWaitText}; {hubSpot.RequestTimeout} is not.");
        }

        return errors.Build();
    }

    private static bool IsHttpUrl(Uri? uri) =>
        uri is not null && uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
