using System.Net;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi.OverSandbox;

/// <summary>Which writes the aXcelerate client repeats after a failure, against the sandbox over real HTTP.</summary>
public sealed class AxcelerateRetriesOverSandboxTests
{
    [Fact]
    public async Task Retries_a_429_on_a_create_after_the_Retry_After_because_the_request_was_refused_not_run()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.TimeProvider = clock, services: s => s.AddSingleton<TimeProvider>(clock));
        host.Sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.TooManyRequests) { Count = 1, RetryAfter = TimeSpan.FromSeconds(2) });
        var before = host.Sandbox.Axcelerate.Contacts.Count;

        var created = await clock.RunUntilCompleteAsync(
            () => host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "Sam", Surname = "Lee" }),
            TimeSpan.FromMilliseconds(250));

        host.Sandbox.Axcelerate.GetContact((int)created.ContactId)!["GIVENNAME"].Should().Be("Sam");
        host.Sandbox.Axcelerate.Contacts.Should().HaveCount(before + 1, "the refused attempt created nothing and the retry created one");
        var attempts = host.Sandbox.Axcelerate.Journal.Entries;
        attempts.Should().HaveCount(2).And.OnlyContain(e => e.Method == "POST" && e.FormParameters["givenName"] == "Sam", "the retried create carries the same body");
        (attempts[1].ReceivedAt - attempts[0].ReceivedAt).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Never_retries_a_create_after_a_503()
    {
        await using var host = await SandboxHost.StartAsync();
        host.Sandbox.Axcelerate.Faults.FailNext(1, SandboxFault.ServiceUnavailable, "/contact");

        var act = () => host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "Sam", Surname = "Lee" });

        (await act.Should().ThrowAsync<AxcelerateApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        host.Sandbox.Axcelerate.Journal.Entries.Should().ContainSingle("a 503 on a create may have created the record: never repeat it blindly");
    }

    [Fact]
    public async Task Surfaces_a_Retry_After_longer_than_the_configured_maximum()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.Axcelerate.MaxRetryAfter = TimeSpan.FromSeconds(30));
        host.Sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.TooManyRequests) { Count = 1, RetryAfter = TimeSpan.FromMinutes(10) });

        var act = () => host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId);

        var error = (await act.Should().ThrowAsync<AxcelerateApiException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        error.RetryAfter.Should().Be(TimeSpan.FromMinutes(10));
        host.Sandbox.Axcelerate.Journal.Entries.Should().ContainSingle();
    }

    [Fact]
    public async Task Does_not_retry_when_retries_are_disabled()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.Axcelerate.MaxRetryAttempts = 0);
        host.Sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.TooManyRequests) { Count = 1, RetryAfter = TimeSpan.FromSeconds(1) });

        var act = () => host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId);

        (await act.Should().ThrowAsync<AxcelerateApiException>()).Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(1));
        host.Sandbox.Axcelerate.Journal.Entries.Should().ContainSingle();
    }

    [Fact]
    public async Task Gives_up_after_the_configured_number_of_retries_and_logs_each_retry()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.Axcelerate.MaxRetryAttempts = 2, services: s => s.AddFakeLogging());
        host.Sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.ServiceUnavailable));

        var act = () => host.Axcelerate.Organisations.GetAsync(1);

        (await act.Should().ThrowAsync<AxcelerateApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        host.Sandbox.Axcelerate.Journal.Entries.Should().HaveCount(3);
        host.Logs.GetSnapshot().Where(l => l.Id.Id == 2002).Should().HaveCount(2, "each retry is logged");
    }
}
