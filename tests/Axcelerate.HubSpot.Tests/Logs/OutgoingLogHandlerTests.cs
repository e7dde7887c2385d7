using System.Text.Json;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Axcelerate.HubSpot.Testing;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Tests.Logs;

/// <summary>The outgoing log over real HTTP: both clients against the sandbox through AddHubSpotIntegration.</summary>
public sealed class OutgoingLogHandlerTests
{
    [Fact]
    public async Task A_HubSpot_call_and_an_aXcelerate_call_each_produce_an_entry_with_the_context()
    {
        await using var host = await SandboxHost.StartAsync();

        using (OutgoingCallContext.Begin("import", MappedEntity.Contact, "123"))
        {
            await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "ada@example.org", ["firstname"] = "Ada" } });
            await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "Ada", Surname = "Lovelace", EmailAddress = "ada@example.org" });
        }

        await host.HubSpot.Contacts.ListPageAsync();

        var entries = await EntriesAsync(host);
        var hubSpot = entries.Should().ContainSingle(e => e.Service == RemoteService.HubSpot && e.Method == "POST").Which;
        hubSpot.Should().BeEquivalentTo(new
        {
            Operation = "import",
            Entity = (MappedEntity?)MappedEntity.Contact,
            RecordId = "123",
            Status = OutgoingStatus.Succeeded,
            HttpStatus = (int?)201,
            Attempt = (int?)1,
        });
        hubSpot.Path.Should().Contain("/crm/").And.Contain("contacts");
        hubSpot.RequestSummary.Should().StartWith("POST /crm/");
        hubSpot.RequestBody.Should().Contain("ada@example.org");
        hubSpot.Response.Should().Contain("ada@example.org");
        hubSpot.Duration.Should().NotBeNull();

        var axcelerate = entries.Should().ContainSingle(e => e.Service == RemoteService.Axcelerate).Which;
        axcelerate.Should().BeEquivalentTo(new { Operation = "import", Entity = (MappedEntity?)MappedEntity.Contact, RecordId = "123", Method = "POST", Attempt = (int?)1 });
        axcelerate.Path.Should().StartWith("/api/contact");
        axcelerate.RequestBody.Should().Contain("givenName=Ada");

        var outside = entries.Should().ContainSingle(e => e.Service == RemoteService.HubSpot && e.Method == "GET").Which;
        outside.Should().BeEquivalentTo(new { Operation = "http", Entity = (MappedEntity?)null, RecordId = (string?)null });
    }

    [Fact]
    public async Task No_token_or_secret_reaches_any_entry_while_the_rest_of_the_request_does()
    {
        await using var host = await SandboxHost.StartAsync(integration: o =>
        {
            var sandbox = new IntegrationSandboxOptions().HubSpot; // the sandbox's default OAuth app
            o.HubSpot.AccessToken = null;
            o.HubSpot.ClientId = sandbox.OAuthClientId;
            o.HubSpot.ClientSecret = sandbox.OAuthClientSecret;
            o.HubSpot.RedirectUri = new Uri("https://host.test/hubspot/callback");
            o.HubSpot.Scopes = ["crm.objects.contacts.read"];
            o.HubSpot.AuthorizationEndpoint = new Uri(o.HubSpot.BaseUrl, "oauth/authorize");
        });
        var hubSpotOptions = host.Sandbox.HubSpot.Options;

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = await browser.GetAsync(host.HubSpot.OAuth.GetAuthorizationUrl(state: "s1"));
        var code = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["code"]!;
        var tokens = await host.HubSpot.OAuth.ExchangeCodeAsync(code);
        await host.HubSpot.Contacts.ListPageAsync();
        await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "Grace", Surname = "Hopper", EmailAddress = "grace@example.org" });

        var entries = await EntriesAsync(host);
        var text = JsonSerializer.Serialize(entries);
        string[] secrets = [code, tokens.AccessToken, tokens.RefreshToken!, hubSpotOptions.OAuthClientSecret, host.Sandbox.Axcelerate.Options.ApiToken, host.Sandbox.Axcelerate.Options.WsToken];
        foreach (var secret in secrets)
        {
            text.Should().NotContain(secret);
        }

        // Positive control: the token exchange itself is logged with its non-secret parts.
        var exchange = entries.Should().ContainSingle(e => e.Path!.Contains("oauth", StringComparison.Ordinal) && e.Path.EndsWith("token", StringComparison.Ordinal)).Which;
        exchange.RequestBody.Should().Contain("grant_type=authorization_code").And.Contain(hubSpotOptions.OAuthClientId).And.Contain("client_secret=***").And.Contain("code=***");
        exchange.Response.Should().Contain("expires_in").And.Contain("access_token");
        entries.Should().Contain(e => e.Service == RemoteService.Axcelerate && e.RequestBody!.Contains("givenName=Grace", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_store_that_throws_does_not_fail_the_call_and_is_logged()
    {
        await using var host = await SandboxHost.StartAsync(
            services: s => s.AddLogging(l => l.SetMinimumLevel(LogLevel.Debug)).AddFakeLogging(),
            builder: b => b.Services.AddSingleton<IOutgoingLogStore, ThrowingStore>());

        var created = await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "kay@example.org" } });
        var contact = await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "Kay", Surname = "Nielsen" });

        created.Id.Should().NotBeNullOrEmpty();
        contact.ContactId.Should().BePositive();
        host.Logs.GetSnapshot().Where(r => r.Id.Id == 7000 && r.Level == LogLevel.Warning).Should().HaveCount(2);
    }

    [Fact]
    public async Task Bodies_can_be_turned_off()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.OutgoingLog.RecordBodies = false);

        await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "lin@example.org" } });

        var entry = (await EntriesAsync(host)).Should().ContainSingle().Which;
        entry.HttpStatus.Should().Be(201);
        entry.RequestBody.Should().BeNull();
        entry.Response.Should().BeNull();
    }

    [Fact]
    public async Task Long_bodies_are_cut_at_the_configured_size()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.OutgoingLog.MaxBodyLength = 64);

        await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "max@example.org", ["firstname"] = new string('m', 300) } });

        var entry = (await EntriesAsync(host)).Should().ContainSingle().Which;
        entry.RequestBody.Should().Contain("(truncated, ");
        entry.RequestBody!.IndexOf('…', StringComparison.Ordinal).Should().Be(64);
        entry.Response!.IndexOf('…', StringComparison.Ordinal).Should().Be(64);
    }

    [Fact]
    public async Task Reads_can_be_left_out_while_writes_are_kept()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.OutgoingLog.ReadSampleRate = 0);

        await host.HubSpot.Contacts.ListPageAsync();
        await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "ro@example.org" } });

        (await EntriesAsync(host)).Should().ContainSingle().Which.Method.Should().Be("POST");
    }

    [Fact]
    public async Task The_log_can_be_turned_off()
    {
        await using var host = await SandboxHost.StartAsync(integration: o => o.OutgoingLog.Enabled = false);

        await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["email"] = "off@example.org" } });

        (await EntriesAsync(host)).Should().BeEmpty();
    }

    private static async Task<IReadOnlyList<OutgoingLogEntry>> EntriesAsync(SandboxHost host) =>
        (await host.Get<IOutgoingLogStore>().QueryOutgoingAsync(new OutgoingLogQuery { PageSize = 1000 })).Items;

    private sealed class ThrowingStore : IOutgoingLogStore
    {
        public ValueTask<OutgoingLogEntry> AppendOutgoingAsync(NewOutgoingEntry entry, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The log database is down.");

        public ValueTask<OutgoingLogEntry?> GetOutgoingAsync(long id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<StorePage<OutgoingLogEntry>> QueryOutgoingAsync(OutgoingLogQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<bool> DeleteOutgoingAsync(long id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<int> DeleteOutgoingOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<int> DeleteOutgoingBeyondAsync(int keep, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
