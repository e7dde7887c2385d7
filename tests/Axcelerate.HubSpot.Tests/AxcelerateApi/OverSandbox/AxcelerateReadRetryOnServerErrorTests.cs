using Axcelerate.HubSpot.Testing.Faults;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi.OverSandbox;

/// <summary>
/// Found by the chaos run: the aXcelerate client repeated a read only after a 503, so a 500, 502 or 504 on a contact
/// search or read failed the whole import page at once (the HubSpot client repeats reads after any 5xx).
/// </summary>
public sealed class AxcelerateReadRetryOnServerErrorTests
{
    [Theory]
    [InlineData(SandboxFault.InternalServerError)]
    [InlineData(SandboxFault.BadGateway)]
    [InlineData(SandboxFault.GatewayTimeout)]
    public async Task A_read_is_repeated_after_a_server_error_and_succeeds(SandboxFault fault)
    {
        await using var host = await SandboxHost.StartAsync();
        var contact = host.Sandbox.Axcelerate.AddContact("Mia", "Tran", "mia@example.com");
        host.Sandbox.Axcelerate.Faults.FailNext(1, fault, "/contact/");

        var read = await host.Axcelerate.Contacts.GetAsync(contact.Id);

        read!.GivenName.Should().Be("Mia");
        host.Sandbox.Axcelerate.Journal.Entries.Count(e => e.Method == "GET" && e.Path.EndsWith($"/contact/{contact.Id}", StringComparison.Ordinal))
            .Should().Be(2, "the failed read and its repetition");
    }
}
