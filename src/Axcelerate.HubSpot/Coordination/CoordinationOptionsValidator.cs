using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Coordination;

/// <summary>Checks <c>HubSpotIntegration:InstanceId</c> and <c>HubSpotIntegration:Coordination</c> at start, naming the offending key.</summary>
internal sealed class CoordinationOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    /// <summary>The longest instance id (store keys hold up to 1000 characters; a run number is appended).</summary>
    public const int MaxInstanceIdLength = 200;

    private const string Prefix = HubSpotIntegrationOptions.SectionName + ":Coordination:";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new ValidateOptionsResultBuilder();
        if (options.InstanceId is { } id && (string.IsNullOrWhiteSpace(id) || id.Length > MaxInstanceIdLength || id.Any(char.IsControl)))
        {
            errors.AddError($"{HubSpotIntegrationOptions.SectionName}:InstanceId must be unset or 1 to {MaxInstanceIdLength} printable characters, not blank; the value given is not.");
        }

        if (options.Coordination is not { } coordination)
        {
            errors.AddError($"{Prefix.TrimEnd(':')} must not be null.");
            return errors.Build();
        }

        if (coordination.LeaseDuration < TimeSpan.FromSeconds(1) || coordination.LeaseDuration > TimeSpan.FromDays(1))
        {
            errors.AddError($"{Prefix}LeaseDuration must be from 1 second to 1 day; {coordination.LeaseDuration} is not.");
        }

        if (coordination.LeaseRenewInterval <= TimeSpan.Zero || coordination.LeaseRenewInterval >= coordination.LeaseDuration)
        {
            errors.AddError($"{Prefix}LeaseRenewInterval must be longer than zero and shorter than LeaseDuration ({coordination.LeaseDuration}), so the lease is renewed before it runs out; {coordination.LeaseRenewInterval} is not.");
        }

        return errors.Build();
    }
}
