using System.Net;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.Faults;
using Microsoft.Extensions.Time.Testing;
using static Axcelerate.HubSpot.Testing.Tests.Axcelerate.AxcelerateHttp;

namespace Axcelerate.HubSpot.Testing.Tests.Axcelerate;

public sealed class AxcelerateSandboxTransportTests
{
    [Fact]
    public async Task Refuses_requests_without_or_with_wrong_tokens_in_aXcelerate_error_format()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();

        using (var http = Client(sandbox, apiToken: null))
        using (var response = await http.GetAsync(new Uri("contact/10001", UriKind.Relative)))
        {
            await ShouldBeErrorAsync(response, HttpStatusCode.Unauthorized, "No API token provided");
        }

        using (var http = Client(sandbox, wsToken: "wrong"))
        using (var response = await http.GetAsync(new Uri("contact/10001", UriKind.Relative)))
        {
            await ShouldBeErrorAsync(response, HttpStatusCode.Unauthorized, "Invalid WS token");
        }

        using (var http = Client(sandbox))
        using (var response = await http.GetAsync(new Uri("contact/10001", UriKind.Relative)))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Answers_429_with_Retry_After_past_the_rate_and_recovers_in_the_next_window()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 10, TimeSpan.Zero));
        var options = new IntegrationSandboxOptions { TimeProvider = clock };
        options.Axcelerate.RateLimitPerWindow = 3;
        await using var sandbox = await IntegrationSandbox.StartAsync(options);
        using var http = Client(sandbox);

        for (var i = 0; i < 3; i++)
        {
            using var ok = await http.GetAsync(new Uri("contact/10001", UriKind.Relative));
            ok.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using (var limited = await http.GetAsync(new Uri("contact/10001", UriKind.Relative)))
        {
            await ShouldBeErrorAsync(limited, HttpStatusCode.TooManyRequests, "Too Many Requests");
            limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(50));
        }

        clock.Advance(TimeSpan.FromSeconds(50));
        using var again = await http.GetAsync(new Uri("contact/10001", UriKind.Relative));
        again.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Injected_faults_are_written_as_aXcelerate_error_bodies()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.TooManyRequests) { Count = 1, RetryAfter = TimeSpan.FromSeconds(7) });
        sandbox.Axcelerate.Faults.FailNext(1, SandboxFault.ServiceUnavailable, pathContains: "/contacts/search");
        using var http = Client(sandbox);

        using (var limited = await http.GetAsync(new Uri("contact/10001", UriKind.Relative)))
        {
            await ShouldBeErrorAsync(limited, HttpStatusCode.TooManyRequests, "Too Many Requests");
            limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        }

        using (var unavailable = await http.GetAsync(new Uri("contacts/search?q=a", UriKind.Relative)))
        {
            await ShouldBeErrorAsync(unavailable, HttpStatusCode.ServiceUnavailable, "Service Unavailable");
        }

        using var ok = await http.GetAsync(new Uri("contacts/search?q=web", UriKind.Relative));
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Serves_the_same_api_at_the_root_and_under_api()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = Client(sandbox);

        using var underApi = await http.GetAsync(new Uri(sandbox.Axcelerate.BaseAddress + "/contact/10001"));
        using var atRoot = await http.GetAsync(new Uri(sandbox.Axcelerate.RootAddress, "contact/10001"));

        (await underApi.Content.ReadAsStringAsync()).Should().Be(await atRoot.Content.ReadAsStringAsync());
        (await OkJsonAsync(atRoot)).GetProperty("GIVENNAME").GetString().Should().Be("Web");
    }
}
