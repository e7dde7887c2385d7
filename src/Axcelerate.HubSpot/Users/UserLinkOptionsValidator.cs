using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Users;

/// <summary>Checks <c>HubSpotIntegration:Users</c> at start, naming the offending key.</summary>
internal sealed class UserLinkOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    private const string Prefix = HubSpotIntegrationOptions.SectionName + ":Users:";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Users is null)
        {
            return ValidateOptionsResult.Fail($"{Prefix.TrimEnd(':')} must not be null.");
        }

        return options.Users.WebServiceUserContactId is <= 0
            ? ValidateOptionsResult.Fail($"{Prefix}WebServiceUserContactId must be the Web Service user's aXcelerate contact id (a positive whole number); {options.Users.WebServiceUserContactId} is not.")
            : ValidateOptionsResult.Success;
    }
}
