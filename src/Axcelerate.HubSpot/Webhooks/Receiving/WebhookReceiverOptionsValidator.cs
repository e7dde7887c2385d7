using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Checks <c>HubSpotIntegration:Webhooks</c> at start, naming the offending key.</summary>
internal sealed class WebhookReceiverOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    /// <summary>The smallest <see cref="WebhookReceiverOptions.MaxBodyBytes"/> accepted: one event fits in far less.</summary>
    public const int MinimumBodyBytes = 1024;

    /// <summary>The largest <see cref="WebhookReceiverOptions.MaxBodyBytes"/> accepted: the body is held in memory.</summary>
    public const int MaximumBodyBytes = 64 * 1024 * 1024;

    private const string Prefix = HubSpotIntegrationOptions.SectionName + ":Webhooks:";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var webhooks = options.Webhooks;
        if (webhooks is null)
        {
            return ValidateOptionsResult.Fail($"{Prefix.TrimEnd(':')} must not be null.");
        }

        var errors = new ValidateOptionsResultBuilder();
        if (webhooks.MaxBodyBytes is < MinimumBodyBytes or > MaximumBodyBytes)
        {
            errors.AddError($"{Prefix}MaxBodyBytes must be between {MinimumBodyBytes} and {MaximumBodyBytes} bytes; {webhooks.MaxBodyBytes} is not.");
        }

        if (webhooks.PublicBaseUrl is { } url
            && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Query.Length > 0 || url.Fragment.Length > 0))
        {
            errors.AddError($"{Prefix}PublicBaseUrl must be an absolute http or https URL without query or fragment (e.g. https://crm.example.edu.au/integration); '{url.OriginalString}' is not.");
        }

        if (webhooks.AllowedSignatureVersions == WebhookSignatureVersions.None || (webhooks.AllowedSignatureVersions & ~WebhookSignatureVersions.All) != 0)
        {
            errors.AddError($"{Prefix}AllowedSignatureVersions must name at least one of V1, V2 and V3 (e.g. \"V3\" or \"V1, V3\"); '{webhooks.AllowedSignatureVersions}' does not.");
        }

        if (webhooks.TimestampTolerance < TimeSpan.FromSeconds(1) || webhooks.TimestampTolerance > TimeSpan.FromHours(1))
        {
            errors.AddError($"{Prefix}TimestampTolerance must be between 00:00:01 and 01:00:00 (HubSpot: 00:05:00); {webhooks.TimestampTolerance} is not.");
        }

        return errors.Build();
    }
}
