using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Checks <c>HubSpotIntegration:WebhookProcessing</c> at start, naming the offending key.</summary>
internal sealed class WebhookProcessingOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    private const string Prefix = HubSpotIntegrationOptions.SectionName + ":WebhookProcessing:";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.WebhookProcessing is not { } processing)
        {
            return ValidateOptionsResult.Fail($"{Prefix.TrimEnd(':')} must not be null.");
        }

        var errors = new ValidateOptionsResultBuilder();
        if (processing.BatchSize is < 1 or > 1000)
        {
            errors.AddError($"{Prefix}BatchSize must be between 1 and 1000; {processing.BatchSize} is not.");
        }

        Positive(errors, processing.PollInterval, "PollInterval");
        Positive(errors, processing.Lease, "Lease");
        Positive(errors, processing.FirstRetryDelay, "FirstRetryDelay");
        foreach (var (key, wait) in new[] { ("PollInterval", processing.PollInterval), ("Lease", processing.Lease), ("FirstRetryDelay", processing.FirstRetryDelay), ("MaxRetryDelay", processing.MaxRetryDelay) })
        {
            if (wait > OptionLimits.LongestWait)
            {
                errors.AddError($"{Prefix}{key} must be {OptionLimits.LongestWaitText}; {wait} is not.");
            }
        }

        if (processing.MaxRetryDelay < processing.FirstRetryDelay)
        {
            errors.AddError($"{Prefix}MaxRetryDelay ({processing.MaxRetryDelay}) must not be shorter than FirstRetryDelay ({processing.FirstRetryDelay}).");
        }

        if (processing.MaxAttempts < 1)
        {
            errors.AddError($"{Prefix}MaxAttempts must be at least 1; {processing.MaxAttempts} is not.");
        }

        if (!Enum.IsDefined(processing.ContactDeletion))
        {
            errors.AddError($"{Prefix}ContactDeletion must be Leave or Unlink; {processing.ContactDeletion} is not.");
        }

        return errors.Build();
    }

    private static void Positive(ValidateOptionsResultBuilder errors, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.AddError($"{Prefix}{key} must be longer than zero; {value} is not.");
        }
    }
}
