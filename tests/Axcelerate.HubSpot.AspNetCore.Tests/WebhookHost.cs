using System.Globalization;
using System.Text;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit.Http;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary>
/// A real ASP.NET Core host on 127.0.0.1 (Kestrel, a free port) running <c>MapHubSpotWebhooks</c> over the SDK as
/// <c>AddHubSpotIntegration</c> registers it (in-memory store, the sandbox's clock), beside a strict sandbox.
/// </summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public const string Secret = "test-app-client-secret-0f3c";
    public const string Path = "/hubspot/webhooks";

    private readonly WebApplication _app;

    private WebhookHost(SandboxHost sandbox, WebApplication app, Uri url)
    {
        Sandbox = sandbox;
        _app = app;
        Url = url;
    }

    /// <summary>The sandbox (strict defaults) and its clock.</summary>
    public SandboxHost Sandbox { get; }

    /// <summary>The webhook endpoint's URL as a client reaches it.</summary>
    public Uri Url { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The incoming log the endpoint writes.</summary>
    public IIncomingLogStore Store => Services.GetRequiredService<IIncomingLogStore>();

    /// <summary>The host's log records.</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public DateTimeOffset Now => Sandbox.Clock.GetUtcNow();

    public static async Task<WebhookHost> StartAsync(
        Action<HubSpotIntegrationOptions>? configure = null,
        Action<WebApplication>? map = null,
        Action<HubSpotIntegrationBuilder>? store = null)
    {
        var sandbox = await SandboxHost.StartAsync();
        try
        {
            var (app, address) = await LoopbackWebApp.StartAsync(services =>
            {
                services.AddFakeLogging();
                services.AddSingleton<TimeProvider>(sandbox.Clock);
                var registered = services.AddHubSpotIntegration(o =>
                {
                    sandbox.PointAt(o);
                    o.HubSpot.ClientSecret = Secret;
                    configure?.Invoke(o);
                });
                if (store is null)
                {
                    registered.UseInMemoryStore();
                }
                else
                {
                    store(registered);
                }
            }, map ?? (app => app.MapHubSpotWebhooks(Path)));
            return new WebhookHost(sandbox, app, new Uri(address, Path));
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>The current sandbox time as HubSpot writes it in <c>X-HubSpot-Request-Timestamp</c>.</summary>
    public string Timestamp(TimeSpan offset = default) => (Now + offset).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Posts a body with the given headers to <paramref name="url"/> (the endpoint by default).</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, IReadOnlyDictionary<string, string> headers, string? url = null) =>
        await PostAsync(Encoding.UTF8.GetBytes(body), headers, url);

    public async Task<HttpResponseMessage> PostAsync(byte[] body, IReadOnlyDictionary<string, string> headers, string? url = null)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url ?? Url.AbsoluteUri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts a body signed with v3 as HubSpot would sign it for <paramref name="url"/> (the endpoint by default).</summary>
    public Task<HttpResponseMessage> PostSignedV3Async(string body, string? url = null, string secret = Secret, TimeSpan clockOffset = default)
    {
        var target = url ?? Url.AbsoluteUri;
        var timestamp = Timestamp(clockOffset);
        return PostAsync(body, new Dictionary<string, string>
        {
            ["X-HubSpot-Signature-v3"] = HubSpotSignatures.V3(secret, "POST", target, body, timestamp),
            ["X-HubSpot-Request-Timestamp"] = timestamp,
        }, target);
    }

    /// <summary>Every entry in the incoming log.</summary>
    public async Task<IReadOnlyList<IncomingLogEntry>> EntriesAsync()
    {
        var page = await Store.QueryIncomingAsync(new IncomingLogQuery { PageSize = 1000 });
        return page.Items;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
