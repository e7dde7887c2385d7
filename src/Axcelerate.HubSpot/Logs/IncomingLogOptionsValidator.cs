using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Logs;

/// <summary>Checks <c>HubSpotIntegration:IncomingLog</c> at start, naming the offending key.</summary>
internal sealed class IncomingLogOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    private const string Prefix = HubSpotIntegrationOptions.SectionName + ":IncomingLog:";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IncomingLog is not { } log)
        {
            return ValidateOptionsResult.Fail($"{Prefix.TrimEnd(':')} must not be null.");
        }

        var errors = new ValidateOptionsResultBuilder();
        if (log.RetentionAge is { } age && age <= TimeSpan.Zero)
        {
            errors.AddError($"{Prefix}RetentionAge must be longer than zero (or unset to keep entries of any age); {age} is not.");
        }
        else if (log.RetentionAge > OptionLimits.LongestRetention)
        {
            errors.AddError($"{Prefix}RetentionAge must be {OptionLimits.LongestRetentionText} (or unset to keep entries of any age); {log.RetentionAge} is not.");
        }

        if (log.MaxEntries is < 1)
        {
            errors.AddError($"{Prefix}MaxEntries must be at least 1 (or unset for no limit); {log.MaxEntries} is not.");
        }

        if (log.PruneInterval <= TimeSpan.Zero)
        {
            errors.AddError($"{Prefix}PruneInterval must be longer than zero; {log.PruneInterval} is not.");
        }
        else if (log.PruneInterval > OptionLimits.LongestWait)
        {
            errors.AddError($"{Prefix}PruneInterval must be {OptionLimits.LongestWaitText}; {log.PruneInterval} is not.");
        }

        return errors.Build();
    }
}
