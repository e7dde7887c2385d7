using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Users;

/// <summary>Reads <see cref="UserLinkOptions"/> from the container's configuration, when there is one.</summary>
internal sealed class UserLinkOptionsSetup(IServiceProvider services) : IConfigureOptions<UserLinkOptions>
{
    private const string ContactIdKey = UserLinkOptions.SectionName + ":" + nameof(UserLinkOptions.WebServiceUserContactId);

    public void Configure(UserLinkOptions options)
    {
        var text = services.GetService<IConfiguration>()?[ContactIdKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (!long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var contactId) || contactId <= 0)
        {
            throw new OptionsValidationException(
                nameof(UserLinkOptions),
                typeof(UserLinkOptions),
                [$"{ContactIdKey} must be the Web Service user's aXcelerate contact id (a positive whole number); '{text}' is not."]);
        }

        options.WebServiceUserContactId = contactId;
    }
}
