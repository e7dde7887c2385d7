using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Logs;

/// <summary>Checks <c>HubSpotIntegration:OutgoingLog</c> at start, naming the offending key.</summary>
internal sealed class OutgoingLogOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    private const string Prefix = HubSpotIntegrationOptions.SectionName + ":OutgoingLog:";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var log = options.OutgoingLog;
        if (log is null)
        {
            return ValidateOptionsResult.Fail($"{Prefix.TrimEnd(':')} must not be null.");
        }

        var errors = new ValidateOptionsResultBuilder();
        if (log.MaxBodyLength < OutgoingLogHandler.MinimumBodyLength)
        {
            errors.AddError($"{Prefix}MaxBodyLength must be at least {OutgoingLogHandler.MinimumBodyLength} characters; {log.MaxBodyLength} is not.");
        }

        if (double.IsNaN(log.ReadSampleRate) || log.ReadSampleRate is < 0 or > 1)
        {
            errors.AddError($"{Prefix}ReadSampleRate must be between 0 (log no reads) and 1 (log every read); {log.ReadSampleRate} is not.");
        }

        if (log.MaxAge is { } maxAge && maxAge <= TimeSpan.Zero)
        {
            errors.AddError($"{Prefix}MaxAge must be positive (or unset to keep entries regardless of age); {maxAge} is not.");
        }
        else if (log.MaxAge > OptionLimits.LongestRetention)
        {
            errors.AddError($"{Prefix}MaxAge must be {OptionLimits.LongestRetentionText} (or unset to keep entries regardless of age); {log.MaxAge} is not.");
        }

        if (log.MaxEntries is < 0)
        {
            errors.AddError($"{Prefix}MaxEntries must be 0 or more (or unset for no limit); {log.MaxEntries} is not.");
        }

        if (log.PruneInterval < TimeSpan.FromSeconds(1))
        {
            errors.AddError($"{Prefix}PruneInterval must be at least one second; {log.PruneInterval} is not.");
        }
        else if (log.PruneInterval > OptionLimits.LongestWait)
        {
            errors.AddError($"{Prefix}PruneInterval must be {OptionLimits.LongestWaitText}; {log.PruneInterval} is not.");
        }

        return errors.Build();
    }
}
