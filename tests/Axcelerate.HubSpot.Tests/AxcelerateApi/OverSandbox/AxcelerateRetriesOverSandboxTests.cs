using System.Net;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
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
}
