using Axcelerate.HubSpot.Engagements;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.Engagements;

/// <summary>The HubSpot UI addresses of engagements follow HubSpot:PortalId and HubSpot:UiBaseUrl (validated), else HubSpot's account-info.</summary>
public sealed class EngagementAddressOptionsTests
{
    [Fact]
    public async Task Without_a_portal_id_the_address_comes_from_account_info_read_once_and_an_EU_web_app_is_used_when_configured()
    {
        await using var plain = await SandboxHost.StartAsync(integration: o => o.HubSpot.PortalId = null);
        await using var eu = await SandboxHost.StartAsync(integration: o => o.HubSpot.UiBaseUrl = new Uri("https://app-eu1.hubspot.com"));
        var views = new List<Engagement>();
        foreach (var host in new[] { plain, eu })
        {
            var contact = host.AddContact("ada@example.edu.au");
            await host.LinkContactAsync(5001, contact);
            host.AddNote(EngagementSandbox.Day, "Hello", (HubSpotObjectType.Contacts, contact));
            views.Add((await host.Engagements().ListContactEngagementsAsync(5001).AllAsync()).Single());
        }

        views[0].Url.AbsoluteUri.Should().Be($"https://app.hubspot.com/contacts/{plain.Sandbox.HubSpot.Options.PortalId}/record/0-1/{views[0].Source.HubSpotId}/?engagement={views[0].Id}");
        await plain.Engagements().ListContactEngagementsAsync(5001).AllAsync();
        plain.Sandbox.HubSpot.Journal.Entries.Count(e => e.Path.Contains("/account-info/", StringComparison.Ordinal)).Should().Be(1, "the account's portal and web app are read once and kept");
        views[1].Url.AbsoluteUri.Should().Be($"https://app-eu1.hubspot.com/contacts/24680135/record/0-1/{views[1].Source.HubSpotId}/?engagement={views[1].Id}");
    }

    [Fact]
    public async Task A_relative_web_app_address_or_a_non_positive_portal_id_is_refused_naming_the_key()
    {
        await using var host = await SandboxHost.StartAsync(integration: o =>
        {
            o.HubSpot.UiBaseUrl = new Uri("app.hubspot.com", UriKind.Relative);
            o.HubSpot.PortalId = 0;
        });

        var resolve = () => host.Get<IOptions<HubSpotIntegrationOptions>>().Value;

        resolve.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().Contain(f => f.Contains("HubSpotIntegration:HubSpot:UiBaseUrl must be an absolute http or https URL", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("HubSpotIntegration:HubSpot:PortalId must be the account's positive id", StringComparison.Ordinal));
    }
}
