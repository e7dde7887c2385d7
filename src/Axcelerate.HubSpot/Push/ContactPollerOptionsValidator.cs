using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Push;

/// <summary>Checks the contact poller's options at start, naming the offending setting.</summary>
internal sealed class ContactPollerOptionsValidator : IValidateOptions<ContactPollerOptions>
{
    public ValidateOptionsResult Validate(string? name, ContactPollerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new ValidateOptionsResultBuilder();
        if (options.Interval < TimeSpan.FromSeconds(1))
        {
            errors.AddError($"ContactPollerOptions.Interval must be at least one second; {options.Interval} is not.");
        }
        else if (options.Interval > OptionLimits.LongestWait)
        {
            errors.AddError($"ContactPollerOptions.Interval must be {OptionLimits.LongestWaitText}; {options.Interval} is not.");
        }

        if (options.PageSize is < 1 or > ContactPollerOptions.MaxPageSize)
        {
            errors.AddError($"ContactPollerOptions.PageSize must be between 1 and {ContactPollerOptions.MaxPageSize}; {options.PageSize} is not.");
        }

        return errors.Build();
    }
}
