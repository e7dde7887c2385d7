using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Users;

/// <summary>
/// Reads <see cref="UserLinkOptions"/> from the <c>Users</c> key of the section given to
/// <c>AddHubSpotIntegration(configuration, sectionName)</c>.
/// </summary>
internal sealed class UserLinkOptionsSetup(IConfiguration integrationSection, string sectionPath) : IConfigureOptions<UserLinkOptions>
{
    private const string ContactIdKey = "Users:" + nameof(UserLinkOptions.WebServiceUserContactId);

    public void Configure(UserLinkOptions options)
    {
        var text = integrationSection[ContactIdKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (!long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var contactId) || contactId <= 0)
        {
            throw new OptionsValidationException(
                nameof(UserLinkOptions),
                typeof(UserLinkOptions),
                [$"{sectionPath}:{ContactIdKey} must be the Web Service user's aXcelerate contact id (a positive whole number); '{text}' is not."]);
        }

        options.WebServiceUserContactId = contactId;
    }
}
