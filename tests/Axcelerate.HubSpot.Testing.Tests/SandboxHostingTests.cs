using System.Net;
using System.Text.Json;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.Faults;

namespace Axcelerate.HubSpot.Testing.Tests;

public sealed class SandboxHostingTests
{
    [Fact]
    public async Task Both_servers_listen_on_loopback_with_their_own_ports()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();

        sandbox.HubSpot.BaseAddress.Host.Should().Be("127.0.0.1");
        sandbox.Axcelerate.BaseAddress.Host.Should().Be("127.0.0.1");
        sandbox.HubSpot.BaseAddress.Port.Should().NotBe(sandbox.Axcelerate.BaseAddress.Port);
        sandbox.Axcelerate.BaseAddress.AbsolutePath.Should().Be("/api");
    }

    [Fact]
    public async Task Journal_records_requests_with_secrets_redacted_and_serves_them_over_http()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.Axcelerate.RootAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/contact/?x=1")
        {
            Content = new FormUrlEncodedContent([new("givenName", "Olivia"), new("surname", "Smith")]),
        };
        request.Headers.Add("apitoken", "secret-api-token");
        request.Headers.Add("wstoken", "secret-ws-token");

        using var _ = await http.SendAsync(request);

        var entry = sandbox.Axcelerate.Journal.Entries.Should().ContainSingle().Subject;
        entry.Method.Should().Be("POST");
        entry.Path.Should().Be("/api/contact/");
        entry.QueryParameters.Should().Contain("x", "1");
        entry.FormParameters.Should().Contain("givenName", "Olivia").And.Contain("surname", "Smith");
        entry.ContentType.Should().StartWith("application/x-www-form-urlencoded");
        entry.Headers["apitoken"].Should().Be("[redacted]");
        entry.Headers["wstoken"].Should().Be("[redacted]");

        var json = await http.GetStringAsync(new Uri("__sandbox/requests", UriKind.Relative));
        json.Should().NotContain("secret-");
        using var document = JsonDocument.Parse(json);
        var served = document.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        served.GetProperty("method").GetString().Should().Be("POST");
        served.GetProperty("path").GetString().Should().Be("/api/contact/");
        served.GetProperty("query").GetString().Should().Be("?x=1");
        served.GetProperty("body").GetString().Should().Be("givenName=Olivia&surname=Smith");

        using var cleared = await http.DeleteAsync(new Uri("__sandbox/requests", UriKind.Relative));
        cleared.StatusCode.Should().Be(HttpStatusCode.NoContent);
        sandbox.Axcelerate.Journal.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Injected_faults_answer_the_next_matching_requests_then_stop()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.HubSpot.RootAddress };
        sandbox.HubSpot.Faults.Add(new FaultRule(SandboxFault.TooManyRequests) { Count = 1, PathContains = "/search", RetryAfter = TimeSpan.FromSeconds(2) });
        sandbox.HubSpot.Faults.FailNext(2, SandboxFault.ServiceUnavailable, "/owners");

        using var otherPath = await http.GetAsync(new Uri("/crm/objects/2026-03/contacts", UriKind.Relative));
        using var search = await http.PostAsync(new Uri("/crm/objects/2026-03/contacts/search", UriKind.Relative), new StringContent("{}"));
        using var firstOwners = await http.GetAsync(new Uri("/crm/owners/2026-03", UriKind.Relative));
        using var secondOwners = await http.GetAsync(new Uri("/crm/owners/2026-03", UriKind.Relative));
        using var thirdOwners = await http.GetAsync(new Uri("/crm/owners/2026-03", UriKind.Relative));

        otherPath.StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests).And.NotBe(HttpStatusCode.ServiceUnavailable);
        search.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        search.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(2));
        firstOwners.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        secondOwners.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        thirdOwners.StatusCode.Should().NotBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Connection_reset_fails_the_request_without_a_response()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.HubSpot.RootAddress };
        sandbox.HubSpot.Faults.FailNext(1, SandboxFault.ConnectionReset);

        var act = () => http.GetAsync(new Uri("/crm/owners/2026-03", UriKind.Relative));

        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task Timeout_holds_the_request_until_the_client_gives_up()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.HubSpot.RootAddress, Timeout = TimeSpan.FromMilliseconds(300) };
        sandbox.HubSpot.Faults.FailNext(1, SandboxFault.Timeout);

        var act = () => http.GetAsync(new Uri("/crm/owners/2026-03", UriKind.Relative));

        await act.Should().ThrowAsync<TaskCanceledException>();
    }
}

public sealed class SandboxJournalRedactionTests
{
    [Fact]
    public async Task OAuth_secrets_in_form_bodies_queries_and_token_paths_never_reach_the_journal()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.HubSpot.RootAddress };

        using var _ = await http.PostAsync(
            new Uri("/oauth/v1/token?client_secret=query-secret&limit=5", UriKind.Relative),
            new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("client_id", "app-1"), new("client_secret", "form-secret"), new("refresh_token", "refresh-secret"), new("code", "code-secret")]));
        using var __ = await http.DeleteAsync(new Uri("/oauth/v1/refresh-tokens/path-secret", UriKind.Relative));

        var entries = sandbox.HubSpot.Journal.Entries;
        entries.Should().HaveCount(2);
        var token = entries[0];
        token.FormParameters.Should().Contain("grant_type", "refresh_token").And.Contain("client_id", "app-1")
            .And.Contain("client_secret", "[redacted]").And.Contain("refresh_token", "[redacted]").And.Contain("code", "[redacted]");
        token.QueryParameters.Should().Contain("client_secret", "[redacted]").And.Contain("limit", "5");
        entries[1].Path.Should().Be("/oauth/v1/refresh-tokens/[redacted]");
        string.Join("\n", entries.Select(e => e.Path + e.Query + e.Body)).Should().NotContain("secret-").And.NotContainAny("form-secret", "query-secret", "refresh-secret", "code-secret", "path-secret");
    }
}
