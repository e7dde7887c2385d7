using System.Text.Json;

namespace Axcelerate.HubSpot.Sample.Tests;

/// <summary><c>push contact</c> and <c>logs outgoing</c> run as processes against the standalone sandbox server.</summary>
public sealed class SamplePushAndOutgoingLogTests
{
    [Fact]
    public async Task Push_contact_creates_then_finds_it_unchanged_and_logs_outgoing_shows_the_requests_without_secrets()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var sandbox = await StandaloneSandbox.StartAsync(timeout.Token, "--contacts", "3", "--companies", "1", "--deals", "1");
        var environment = sandbox.Environment;
        var store = sandbox.Store;
        async Task<(int ExitCode, JsonElement Json, string Error)> RunAsync(params string[] args)
        {
            var run = await ProcessRunner.RunSampleAsync(environment, [.. args, "--json", "--store", store], timeout.Token);
            using var document = JsonDocument.Parse(run.Out);
            return (run.ExitCode, document.RootElement.Clone(), run.Error);
        }

        var settings = await ProcessRunner.RunSampleAsync(environment, ["settings", "--enable", "PushContactOnCreate", "--enable", "PushContactOnUpdate", "--store", store], timeout.Token);
        settings.ExitCode.Should().Be(0, settings.Error);
        var contactId = await CreateAxcelerateContactAsync(sandbox.Axcelerate, "Push", "Sample", "push.sample@example.edu.au", timeout.Token);

        var created = await RunAsync("push", "contact", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        created.ExitCode.Should().Be(0, created.Error);
        created.Json.EnumerateObject().Select(p => p.Name).Should().Equal("axcelerateId", "hubSpotId", "outcome", "reason", "changes");
        created.Json.GetProperty("outcome").GetString().Should().Be("created");
        var hubSpotId = created.Json.GetProperty("hubSpotId").GetString();
        hubSpotId.Should().NotBeNullOrEmpty();
        created.Json.GetProperty("changes").GetProperty("email").GetString().Should().Be("push.sample@example.edu.au");

        var again = await RunAsync("push", "contact", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        again.ExitCode.Should().Be(0, again.Error);
        again.Json.GetProperty("outcome").GetString().Should().Be("unchanged");
        again.Json.GetProperty("hubSpotId").GetString().Should().Be(hubSpotId);

        var missing = await RunAsync("push", "contact", "98765432");
        missing.ExitCode.Should().Be(1);
        missing.Json.GetProperty("outcome").GetString().Should().Be("failed");
        missing.Error.TrimEnd().Should().StartWith("error: ").And.Contain("98765432");

        var logged = await RunAsync("logs", "outgoing", "--search", "push.sample@example.edu.au", "--service", "hubspot");
        logged.ExitCode.Should().Be(0, logged.Error);
        var entries = logged.Json.GetProperty("entries").EnumerateArray().ToList();
        var upsert = entries.Should().ContainSingle(e => e.GetProperty("path").GetString()!.EndsWith("/contacts/batch/upsert", StringComparison.Ordinal)).Subject;
        upsert.GetProperty("operation").GetString().Should().Be("contact.push");
        upsert.GetProperty("recordId").GetString().Should().Be(contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        entries.Should().OnlyContain(e => e.GetProperty("service").GetString() == "hubspot");

        var one = await RunAsync("logs", "outgoing", "--id", upsert.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        one.ExitCode.Should().Be(0, one.Error);
        var read = one.Json.GetProperty("entries").EnumerateArray().Should().ContainSingle().Subject;
        read.GetProperty("requestBody").GetString().Should().Contain("push.sample@example.edu.au");
        read.GetProperty("response").GetString().Should().Contain(hubSpotId);

        var everything = await ProcessRunner.RunSampleAsync(environment, ["logs", "outgoing", "--json", "--limit", "1000", "--store", store], timeout.Token);
        everything.ExitCode.Should().Be(0, everything.Error);
        foreach (var secret in new[] { environment["HubSpotIntegration__HubSpot__AccessToken"], environment["HubSpotIntegration__Axcelerate__ApiToken"], environment["HubSpotIntegration__Axcelerate__WsToken"] })
        {
            everything.Out.Should().NotContain(secret);
        }

        var succeeded = await RunAsync("logs", "outgoing", "--status", "Succeeded");
        succeeded.Json.GetProperty("entries").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(e => e.GetProperty("status").GetString() == "succeeded");

        var badStatus = await ProcessRunner.RunSampleAsync(environment, ["logs", "outgoing", "--status", "sideways", "--store", store], timeout.Token);
        badStatus.ExitCode.Should().Be(2);
        badStatus.Error.TrimEnd().Should().StartWith("error: ").And.Contain("'sideways'").And.Contain("succeeded and failed");
        var badId = await ProcessRunner.RunSampleAsync(environment, ["push", "contact", "abc", "--store", store], timeout.Token);
        badId.ExitCode.Should().Be(2);
        badId.Error.Should().Contain("'abc'");
        var bare = await ProcessRunner.RunSampleAsync(environment, ["push"], timeout.Token);
        bare.ExitCode.Should().Be(2);
        bare.Error.Should().Contain("push needs a subcommand");
        var noEntry = await ProcessRunner.RunSampleAsync(environment, ["logs", "outgoing", "--id", "99999999", "--store", store], timeout.Token);
        noEntry.ExitCode.Should().Be(1);
        noEntry.Error.Should().Contain("no entry 99999999");
    }

    private static async Task<long> CreateAxcelerateContactAsync(string axcelerate, string givenName, string surname, string email, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri($"{axcelerate}/api/contact/"));
        post.Headers.Add("apitoken", "sandbox-api-token");
        post.Headers.Add("wstoken", "sandbox-ws-token");
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["givenName"] = givenName, ["surname"] = surname, ["emailAddress"] = email });
        using var response = await http.SendAsync(post, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return body.RootElement.GetProperty("CONTACTID").GetInt64();
    }
}
