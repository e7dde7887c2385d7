using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Checks <c>HubSpotIntegration:AxcelerateWebhooks</c> at start, naming the offending key (never its value).</summary>
internal sealed class AxcelerateWebhookOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    private const string Prefix = HubSpotIntegrationOptions.SectionName + ":AxcelerateWebhooks:";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var webhooks = options.AxcelerateWebhooks;
        if (webhooks is null)
        {
            return ValidateOptionsResult.Fail($"{Prefix.TrimEnd(':')} must not be null.");
        }

        var errors = new ValidateOptionsResultBuilder();
        if (webhooks.MaxBodyBytes is < WebhookReceiverOptionsValidator.MinimumBodyBytes or > WebhookReceiverOptionsValidator.MaximumBodyBytes)
        {
            errors.AddError($"{Prefix}MaxBodyBytes must be between {WebhookReceiverOptionsValidator.MinimumBodyBytes} and {WebhookReceiverOptionsValidator.MaximumBodyBytes} bytes; {webhooks.MaxBodyBytes} is not.");
        }

        if (webhooks.SigningKey is { } key && string.IsNullOrWhiteSpace(key))
        {
            errors.AddError($"{Prefix}SigningKey must be the private key from aXcelerate's webhook settings, or not set; it is blank.");
        }

        if (!Enum.IsDefined(webhooks.SignatureScheme))
        {
            errors.AddError($"{Prefix}SignatureScheme must be HmacSha256Hex or HmacSha256Base64; '{webhooks.SignatureScheme}' is neither.");
        }

        return errors.Build();
    }
}
