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

        return errors.Build();
    }
}
