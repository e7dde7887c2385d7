using System.Net;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing.Faults;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>Which requests the HubSpot client repeats after a server error, against the sandbox over real HTTP.</summary>
public sealed class HubSpotRetriesOverSandboxTests
{
    [Theory]
    [InlineData(SandboxFault.InternalServerError, HttpStatusCode.InternalServerError)]
    [InlineData(SandboxFault.GatewayTimeout, HttpStatusCode.GatewayTimeout)]
    public async Task Never_sends_a_create_twice_after_a_server_error(SandboxFault fault, HttpStatusCode status)
    {
        await using var host = await SandboxHost.StartAsync();
        host.Sandbox.HubSpot.Faults.Add(new FaultRule(fault));

        var create = () => host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "a@example.com" } });

        (await create.Should().ThrowAsync<HubSpotApiException>()).Which.StatusCode.Should().Be(status);
        host.Sandbox.HubSpot.Journal.Entries.Should().ContainSingle();

        var batch = () => host.HubSpot.Contacts.BatchCreateAsync([new HubSpotObjectInput { Properties = { ["email"] = "b@example.com" } }]);
        await batch.Should().ThrowAsync<HubSpotApiException>();
        host.Sandbox.HubSpot.Journal.Entries.Should().HaveCount(2);
    }

    [Fact]
    public async Task Gives_up_after_MaxRetries()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.HubSpot.MaxRetries = 2);
        host.Sandbox.HubSpot.Faults.Add(new FaultRule(SandboxFault.ServiceUnavailable));

        var act = () => host.HubSpot.Contacts.GetAsync("1");

        (await act.Should().ThrowAsync<HubSpotApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        host.Sandbox.HubSpot.Journal.Entries.Should().HaveCount(3).And.OnlyContain(e => e.Method == "GET");
    }
}
