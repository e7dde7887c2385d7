using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Which webhook endpoints the host mapped (set by <c>MapHubSpotWebhooks</c> and <c>MapAxcelerateWebhooks</c> between
/// building the app and starting it),
/// so the start-up validation can require what a mapped endpoint needs.
/// </summary>
internal sealed class WebhookEndpointsMapped
{
    /// <summary>Whether <c>MapHubSpotWebhooks</c> was called.</summary>
    public bool HubSpot { get; set; }

    /// <summary>Whether <c>MapAxcelerateWebhooks</c> was called.</summary>
    public bool Axcelerate { get; set; }
}

/// <summary>
/// Fails the host at start when <c>MapHubSpotWebhooks</c> is mapped without <c>HubSpotIntegration:HubSpot:ClientSecret</c>,
/// or <c>MapAxcelerateWebhooks</c> without <c>HubSpotIntegration:AxcelerateWebhooks:SigningKey</c> (unless
/// <c>AcceptUnsigned</c>): no delivery could be checked. (The receivers themselves still answer 500 without a secret, for
/// hosts that call them directly.)
/// </summary>
internal sealed class WebhookEndpointOptionsValidator(WebhookEndpointsMapped mapped) : IValidateOptions<HubSpotIntegrationOptions>
{
    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new ValidateOptionsResultBuilder();
        if (mapped.HubSpot && string.IsNullOrWhiteSpace(options.HubSpot?.ClientSecret))
        {
            errors.AddError(
                $"{HubSpotIntegrationOptions.SectionName}:HubSpot:ClientSecret is required when MapHubSpotWebhooks is mapped: every HubSpot delivery's signature is checked with the app's client secret.");
        }

        if (mapped.Axcelerate && options.AxcelerateWebhooks is { AcceptUnsigned: false } axcelerate && string.IsNullOrWhiteSpace(axcelerate.SigningKey))
        {
            errors.AddError(
                $"{HubSpotIntegrationOptions.SectionName}:AxcelerateWebhooks:SigningKey is required when MapAxcelerateWebhooks is mapped: every aXcelerate delivery's Ax-Signature is checked with the private key from aXcelerate's webhook settings (set {HubSpotIntegrationOptions.SectionName}:AxcelerateWebhooks:AcceptUnsigned to true only where no one but aXcelerate can reach the endpoint).");
        }

        return errors.Build();
    }
}
