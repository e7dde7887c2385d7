using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Tests;

/// <summary><c>serve</c> as its own process against the standalone sandbox server: receives a signed webhook into the store file and stops on SIGTERM.</summary>
public sealed class SampleServeTests
{
    private const string Secret = "serve-test-client-secret";

    [Fact]
    public async Task Serve_logs_a_signed_webhook_in_the_store_file_and_stops_cleanly_on_SIGTERM()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a safety net, not a speed check
        await using var sandbox = await StandaloneSandbox.StartAsync(timeout.Token);
        var environment = new Dictionary<string, string>(sandbox.Environment) { ["HubSpotIntegration__HubSpot__ClientSecret"] = Secret };
        using var serve = ProcessRunner.StartSample(environment, "serve", "--urls", "http://127.0.0.1:0", "--store", sandbox.Store);
        var errors = serve.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            var line = await serve.StandardOutput.ReadLineAsync(timeout.Token);
            line.Should().StartWith("Receiving HubSpot webhooks at http://127.0.0.1:", await ErrorsIfExitedAsync(serve, errors));
            var url = line!["Receiving HubSpot webhooks at ".Length..];

            const string body = """[{"eventId":4242,"subscriptionId":1,"portalId":24680135,"appId":1,"occurredAt":1772409600000,"subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":5150,"propertyName":"email","propertyValue":"serve@example.com","changeSource":"CRM_UI"}]""";
            using var accepted = await PostSignedAsync(url, body, Secret, timeout.Token);
            using var forged = await PostSignedAsync(url, body.Replace("5150", "5151", StringComparison.Ordinal), "not-the-secret", timeout.Token);

            accepted.StatusCode.Should().Be(HttpStatusCode.OK);
            forged.StatusCode.Should().Be(HttpStatusCode.Unauthorized);

            // serve's background processor, woken by the delivery, takes the entry: every flow is off in a new store.
            var processed = await WaitUntilProcessedAsync(sandbox.Store, e => e.EventId == 4242, timeout.Token);
            processed.Status.Should().Be(IncomingStatus.Skipped);
            processed.Error.Should().Contain("ContactUpdateWebhook sync setting is off");

            using (var terminate = Process.Start("kill", ["-TERM", serve.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await terminate.WaitForExitAsync(timeout.Token);
            }

            await serve.WaitForExitAsync(timeout.Token);
            serve.ExitCode.Should().Be(0, await errors);
            (await serve.StandardOutput.ReadToEndAsync(timeout.Token)).Should().Contain("Stopped.");
        }
        finally
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
            }
        }

        // The store file, read afresh through the SDK after the process ended.
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "unused").UseSqliteStore($"Data Source={sandbox.Store};Pooling=False");
        await using (var provider = services.BuildServiceProvider())
        {
            var page = await provider.GetRequiredService<IIncomingLogStore>().QueryIncomingAsync(new IncomingLogQuery(), timeout.Token);
            var entry = page.Items.Should().ContainSingle().Subject;
            (entry.EventId, entry.ObjectId, entry.SubscriptionType, entry.Status).Should().Be((4242L, "5150", "contact.propertyChange", IncomingStatus.Skipped));
        }
    }

    [Fact]
    public async Task Serve_receives_the_standalone_sandbox_servers_own_signed_webhook_for_a_contact_created_there()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a safety net, not a speed check
        var url = $"http://127.0.0.1:{FreePort()}";
        await using var sandbox = await StandaloneSandbox.StartAsync(
            timeout.Token, "--webhook-url", url + "/hubspot/webhooks", "--webhook-secret", Secret, "--webhook-events", "contact.creation");
        var environment = new Dictionary<string, string>(sandbox.Environment) { ["HubSpotIntegration__HubSpot__ClientSecret"] = Secret };
        var enabled = await ProcessRunner.RunSampleAsync(environment, ["settings", "--enable", "ContactCreationWebhook", "--store", sandbox.Store], timeout.Token);
        enabled.ExitCode.Should().Be(0, enabled.Error);
        using var serve = ProcessRunner.StartSample(environment, "serve", "--urls", url, "--store", sandbox.Store);
        var errors = serve.StandardError.ReadToEndAsync(timeout.Token);
        string contactId;
        try
        {
            (await serve.StandardOutput.ReadLineAsync(timeout.Token)).Should().Be($"Receiving HubSpot webhooks at {url}/hubspot/webhooks", await ErrorsIfExitedAsync(serve, errors));

            // A person creates a contact in HubSpot; the server signs and sends contact.creation to serve.
            using var http = new HttpClient();
            using var created = await http.PostAsync(
                new Uri($"{sandbox.HubSpot}/__sandbox/hubspot/contacts/user-create"),
                new StringContent("""{"properties":{"email":"from-hubspot@example.com","firstname":"Hana","lastname":"Sato"}}""", Encoding.UTF8, "application/json"),
                timeout.Token);
            created.StatusCode.Should().Be(HttpStatusCode.Created);
            using (var json = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync(timeout.Token)))
            {
                contactId = json.RootElement.GetProperty("id").GetString()!;
            }

            using var flushed = await http.PostAsync(new Uri($"{sandbox.HubSpot}/__sandbox/webhooks/flush"), null, timeout.Token);
            flushed.StatusCode.Should().Be(HttpStatusCode.OK);
            var deliveries = await http.GetStringAsync(new Uri($"{sandbox.HubSpot}/__sandbox/webhooks/deliveries"), timeout.Token);
            deliveries.Should().Contain("\"statusCode\":200").And.NotContain("\"succeeded\":false");

            // The processor applies it: no aXcelerate contact has the email, so one is created and linked.
            var processed = await WaitUntilProcessedAsync(sandbox.Store, e => e.ObjectId == contactId, timeout.Token);
            processed.Status.Should().Be(IncomingStatus.Succeeded, processed.Error);
            var found = await http.SendAsync(
                new HttpRequestMessage(HttpMethod.Get, $"{sandbox.Axcelerate.TrimEnd('/')}/api/contacts/search?emailAddress=from-hubspot@example.com")
                {
                    Headers = { { "apitoken", sandbox.Environment["HubSpotIntegration__Axcelerate__ApiToken"] }, { "wstoken", sandbox.Environment["HubSpotIntegration__Axcelerate__WsToken"] } },
                },
                timeout.Token);
            (await found.Content.ReadAsStringAsync(timeout.Token)).Should().Contain("from-hubspot@example.com");

            using (var terminate = Process.Start("kill", ["-TERM", serve.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await terminate.WaitForExitAsync(timeout.Token);
            }

            await serve.WaitForExitAsync(timeout.Token);
            serve.ExitCode.Should().Be(0, await errors);
        }
        finally
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
            }
        }

        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "unused").UseSqliteStore($"Data Source={sandbox.Store};Pooling=False");
        await using var provider = services.BuildServiceProvider();
        var page = await provider.GetRequiredService<IIncomingLogStore>().QueryIncomingAsync(new IncomingLogQuery(), timeout.Token);
        page.Items.Should().ContainSingle(e => e.SubscriptionType == "contact.creation" && e.ObjectId == contactId && e.Status == IncomingStatus.Succeeded);
        (await provider.GetRequiredService<IRecordLinkStore>().FindByHubSpotIdAsync(MappedEntity.Contact, contactId, timeout.Token)).Should().NotBeNull("the created aXcelerate contact is linked");
    }

    [Fact]
    public async Task Serve_with_a_url_that_is_not_http_is_bad_usage()
    {
        var (exitCode, errors) = await RunInProcessAsync("serve --urls ftp://127.0.0.1:21", Configured(withSecret: true));

        exitCode.Should().Be(2);
        errors.TrimEnd().Should().StartWith("error: ").And.Contain("--urls: 'ftp://127.0.0.1:21' is not an http or https URL").And.NotContain("\n");
    }

    [Fact]
    public async Task Serve_without_the_client_secret_names_the_setting_and_does_not_start()
    {
        var (exitCode, errors) = await RunInProcessAsync("serve --urls http://127.0.0.1:0", Configured(withSecret: false));

        exitCode.Should().Be(1);
        errors.Should().Contain("HubSpotIntegration__HubSpot__ClientSecret is not set");
    }

    private static Dictionary<string, string?> Configured(bool withSecret)
    {
        var settings = new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:AccessToken"] = "token",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = "http://127.0.0.1:9/",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "a",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "w",
        };
        if (withSecret)
        {
            settings["HubSpotIntegration:HubSpot:ClientSecret"] = Secret;
        }

        return settings;
    }

    private static async Task<(int ExitCode, string Errors)> RunInProcessAsync(string commandLine, Dictionary<string, string?> settings)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output) });
        var io = new SampleIo(console, output, errors) { Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build() };
        var exitCode = await SampleApp.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), io);
        return (exitCode, errors.ToString());
    }

    private static async Task<HttpResponseMessage> PostSignedAsync(string url, string body, string secret, CancellationToken cancellationToken)
    {
        // HubSpot's v3: base64 HMAC-SHA256 (key: the client secret) of method + URL + body + timestamp, on the real clock.
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("POST" + url + body + timestamp)));
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-HubSpot-Signature-v3", signature);
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp);
        return await client.SendAsync(request, cancellationToken);
    }

    // Reads the store file (as another process would) until the entry has left Pending and Processing, or an attempt
    // failed and waits for its retry (returned so the test shows the error).
    private static async Task<IncomingLogEntry> WaitUntilProcessedAsync(string store, Func<IncomingLogEntry, bool> which, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "unused").UseSqliteStore($"Data Source={store};Pooling=False");
        await using var provider = services.BuildServiceProvider();
        var log = provider.GetRequiredService<IIncomingLogStore>();
        while (true)
        {
            var page = await log.QueryIncomingAsync(new IncomingLogQuery(), cancellationToken);
            if (page.Items.FirstOrDefault(which) is { } entry
                && (entry.Status is not (IncomingStatus.Pending or IncomingStatus.Processing) || entry.Error is not null))
            {
                return entry;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> ErrorsIfExitedAsync(Process process, Task<string> errors) =>
        process.HasExited ? $"serve exited with {process.ExitCode}: {await errors}" : "serve prints where it listens first";
}
