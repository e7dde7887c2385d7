using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Import;

/// <summary>Checks <c>HubSpotIntegration:Import</c> at start, naming the offending key.</summary>
internal sealed class ImportOptionsValidator : IValidateOptions<HubSpotIntegrationOptions>
{
    private const string Prefix = HubSpotIntegrationOptions.SectionName + ":Import";

    public ValidateOptionsResult Validate(string? name, HubSpotIntegrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Import is not { } import)
        {
            return ValidateOptionsResult.Fail($"{Prefix} must not be null.");
        }

        return import.PageSize is < 1 or > ImportOptions.MaxPageSize
            ? ValidateOptionsResult.Fail($"{Prefix}:PageSize must be between 1 and {ImportOptions.MaxPageSize} (HubSpot's largest page); {import.PageSize} is not.")
            : ValidateOptionsResult.Success;
    }
}
