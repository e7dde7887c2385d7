using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.TestKit;

namespace Axcelerate.HubSpot.Tests.Linking;

/// <summary>The account-info details the record addresses are built from, over real HTTP against the sandbox.</summary>
public sealed class AccountDetailsTests
{
    [Theory]
    [InlineData(HubSpotApiVersion.March2026, "/account-info/2026-03/details")]
    [InlineData(HubSpotApiVersion.V3, "/account-info/v3/details")]
    public async Task The_client_reads_the_portal_id_and_ui_domain_from_the_versioned_account_info_path(string apiVersion, string path)
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.HubSpot.ApiVersion = apiVersion);

        var details = await host.HubSpot.GetAccountDetailsAsync();

        details.PortalId.Should().Be(host.Sandbox.HubSpot.Options.PortalId);
        details.UiDomain.Should().Be("app.hubspot.com");
        details.AccountType.Should().Be("STANDARD");
        details.TimeZone.Should().Be("Australia/Sydney");
        host.Sandbox.HubSpot.Journal.Entries.Should().ContainSingle().Which.Path.Should().Be(path);
    }
}
