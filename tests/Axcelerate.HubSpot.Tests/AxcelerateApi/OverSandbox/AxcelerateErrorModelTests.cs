using System.Net;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Testing.Faults;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi.OverSandbox;

/// <summary>Every aXcelerate failure reaches callers as an <see cref="AxcelerateApiException"/> whose IsTransient decides retry or fail.</summary>
public sealed class AxcelerateErrorModelTests
{
    [Theory]
    [InlineData(SandboxFault.InternalServerError, HttpStatusCode.InternalServerError)]
    [InlineData(SandboxFault.BadGateway, HttpStatusCode.BadGateway)]
    [InlineData(SandboxFault.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    [InlineData(SandboxFault.GatewayTimeout, HttpStatusCode.GatewayTimeout)]
    public async Task Server_errors_are_transient(SandboxFault fault, HttpStatusCode status)
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.Axcelerate.MaxRetryAttempts = 0);
        host.Sandbox.Axcelerate.Faults.FailNext(1, fault, "/contact/");

        var act = () => host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId);

        var error = (await act.Should().ThrowAsync<AxcelerateApiException>()).Which;
        error.StatusCode.Should().Be(status);
        error.IsTransient.Should().BeTrue();
        error.Service.Should().Be(RemoteService.Axcelerate);
    }

    [Fact]
    public async Task A_dropped_connection_is_a_transient_failure_without_a_status()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.Axcelerate.MaxRetryAttempts = 0);
        host.Sandbox.Axcelerate.Faults.FailNext(1, SandboxFault.ConnectionReset, "/contact/");

        var act = () => host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId);

        var error = (await act.Should().ThrowAsync<AxcelerateApiException>()).Which;
        error.StatusCode.Should().BeNull();
        error.IsTransient.Should().BeTrue();
        error.RequestMethod.Should().Be("GET");
        error.InnerException.Should().NotBeNull();
    }

    [Fact]
    public async Task A_timeout_is_a_transient_failure_without_a_status_but_the_callers_cancellation_stays_a_cancellation()
    {
        await using var host = await SandboxHost.StartAsync(integration: o =>
        {
            o.Axcelerate.MaxRetryAttempts = 0;
            o.Axcelerate.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        });
        host.Sandbox.Axcelerate.Faults.FailNext(1, SandboxFault.Timeout, "/contact/");

        var timedOut = () => host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId);
        var error = (await timedOut.Should().ThrowAsync<AxcelerateApiException>()).Which;
        error.StatusCode.Should().BeNull();
        error.IsTransient.Should().BeTrue();
        error.Message.Should().Contain("timed out");

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var byCaller = () => host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId, cancelled.Token);
        await byCaller.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Validation_and_authentication_failures_are_not_transient()
    {
        await using var host = await SandboxHost.StartAsync();
        var invalid = () => host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "A", Surname = "B", State = "Queensland" });
        var validation = (await invalid.Should().ThrowAsync<AxcelerateApiException>()).Which;
        validation.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        validation.IsTransient.Should().BeFalse();

        await using var badToken = await SandboxHost.StartAsync(integration: o => o.Axcelerate.WsToken = "not-the-token");
        var unauthorised = () => badToken.Axcelerate.Contacts.GetAsync(1);
        var auth = (await unauthorised.Should().ThrowAsync<AxcelerateApiException>()).Which;
        auth.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        auth.IsTransient.Should().BeFalse();
        auth.Message.Should().NotContain("not-the-token");
    }
}
