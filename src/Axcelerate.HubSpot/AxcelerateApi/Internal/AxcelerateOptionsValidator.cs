using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>Validates <c>HubSpotIntegration:Axcelerate</c> at start; every message names the configuration key.</summary>
internal sealed class AxcelerateOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    private const string Section = "HubSpotIntegration:Axcelerate:";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        var axcelerate = options.Axcelerate;
        if (axcelerate is null)
        {
            return ValidateOptionsResult.Fail($"{Section[..^1]} is required.");
        }

        var builder = new ValidateOptionsResultBuilder();
        if (axcelerate.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            builder.AddError($"{Section}BaseUrl is required and must be an absolute http(s) URL such as https://yourcollege.app.axcelerate.com/api.");
        }

        if (string.IsNullOrWhiteSpace(axcelerate.ApiToken))
        {
            builder.AddError($"{Section}ApiToken is required (the API token issued by aXcelerate support).");
        }

        if (string.IsNullOrWhiteSpace(axcelerate.WsToken))
        {
            builder.AddError($"{Section}WsToken is required (the web-service token created in the aXcelerate account).");
        }

        if (!(axcelerate.RequestsPerSecond > 0) || double.IsInfinity(axcelerate.RequestsPerSecond))
        {
            builder.AddError($"{Section}RequestsPerSecond must be greater than 0.");
        }

        if (string.IsNullOrWhiteSpace(axcelerate.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(axcelerate.TimeZone, out _))
        {
            builder.AddError($"{Section}TimeZone '{axcelerate.TimeZone}' is not a known time zone id (use an IANA id such as Australia/Sydney).");
        }

        if (axcelerate.MaxRetryAttempts is < 0 or > 10)
        {
            builder.AddError($"{Section}MaxRetryAttempts must be between 0 and 10; {axcelerate.MaxRetryAttempts} is not.");
        }

        if (axcelerate.RetryBaseDelay < TimeSpan.Zero || axcelerate.MaxRetryDelay < TimeSpan.Zero || axcelerate.MaxRetryAfter < TimeSpan.Zero)
        {
            builder.AddError($"{Section}RetryBaseDelay, MaxRetryDelay and MaxRetryAfter must not be negative.");
        }

        foreach (var (key, wait) in new[] { ("RetryBaseDelay", axcelerate.RetryBaseDelay), ("MaxRetryDelay", axcelerate.MaxRetryDelay), ("MaxRetryAfter", axcelerate.MaxRetryAfter), ("AttemptTimeout", axcelerate.AttemptTimeout) })
        {
            if (wait > OptionLimits.LongestWait)
            {
                builder.AddError($"{Section}{key} must be {OptionLimits.LongestWaitText}; {wait} is not.");
            }
        }

        if (axcelerate.AttemptTimeout <= TimeSpan.Zero)
        {
            builder.AddError($"{Section}AttemptTimeout must be greater than 0.");
        }

        if (axcelerate.LookupCacheDuration < TimeSpan.Zero)
        {
            builder.AddError($"{Section}LookupCacheDuration must not be negative.");
        }

        return builder.Build();
    }
}
