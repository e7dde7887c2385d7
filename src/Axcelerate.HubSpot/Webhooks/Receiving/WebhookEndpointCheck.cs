using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Which webhook endpoints the host mapped (set by <c>MapHubSpotWebhooks</c> between building the app and starting it),
/// so the start-up validation can require what a mapped endpoint needs.
/// </summary>
internal sealed class WebhookEndpointsMapped
{
    /// <summary>Whether <c>MapHubSpotWebhooks</c> was called.</summary>
    public bool HubSpot { get; set; }
}

/// <summary>
/// Fails the host at start when <c>MapHubSpotWebhooks</c> is mapped without <c>HubSpotIntegration:HubSpot:ClientSecret</c>:
/// no delivery could be checked. (The receiver itself still answers 500 without a secret, for hosts that call it directly.)
/// </summary>
internal sealed class WebhookEndpointOptionsValidator(WebhookEndpointsMapped mapped) : IValidateOptions<HubSpotIntegrationOptions>
{
    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return mapped.HubSpot && string.IsNullOrWhiteSpace(options.HubSpot?.ClientSecret)
            ? ValidateOptionsResult.Fail(
                $"{HubSpotIntegrationOptions.SectionName}:HubSpot:ClientSecret is required when MapHubSpotWebhooks is mapped: every HubSpot delivery's signature is checked with the app's client secret.")
            : ValidateOptionsResult.Success;
    }
}
