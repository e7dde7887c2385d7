using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.HubSpot;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>Starts a sandbox and an HttpClient authorised with its private-app token.</summary>
internal sealed class HubSpotSandboxFixture : IAsyncDisposable
{
    private HubSpotSandboxFixture(IntegrationSandbox sandbox, HttpClient http)
    {
        Sandbox = sandbox;
        Http = http;
    }

    public IntegrationSandbox Sandbox { get; }

    public HubSpotSandbox HubSpot => Sandbox.HubSpot;

    public HttpClient Http { get; }

    public static async Task<HubSpotSandboxFixture> StartAsync(Action<IntegrationSandboxOptions>? configure = null, DemoDataOptions? demoData = null)
    {
        var options = new IntegrationSandboxOptions { DemoData = demoData };
        configure?.Invoke(options);
        var sandbox = await IntegrationSandbox.StartAsync(options);
        var http = new HttpClient { BaseAddress = sandbox.HubSpot.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.HubSpot.AccessToken);
        return new HubSpotSandboxFixture(sandbox, http);
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = new StringContent(body is JsonNode node ? node.ToJsonString() : System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    public Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public static JsonObject Properties(params (string Name, string Value)[] values)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in values)
        {
            obj[name] = value;
        }

        return new JsonObject { ["properties"] = obj };
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sandbox.DisposeAsync();
    }
}
