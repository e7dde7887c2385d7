using System.Net;
using System.Text.Json;
using Axcelerate.HubSpot.Testing;

namespace Axcelerate.HubSpot.Testing.Tests.Axcelerate;

/// <summary>A raw HttpClient on the aXcelerate sandbox with the right tokens, and small helpers to read answers.</summary>
internal static class AxcelerateHttp
{
    public static HttpClient Client(IntegrationSandbox sandbox, string? apiToken = "sandbox-api-token", string? wsToken = "sandbox-ws-token")
    {
        var http = new HttpClient { BaseAddress = new Uri(sandbox.Axcelerate.BaseAddress + "/") };
        if (apiToken is not null)
        {
            http.DefaultRequestHeaders.Add("apitoken", apiToken);
        }

        if (wsToken is not null)
        {
            http.DefaultRequestHeaders.Add("wstoken", wsToken);
        }

        return http;
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    public static async Task ShouldBeErrorAsync(HttpResponseMessage response, HttpStatusCode status, string messages)
    {
        response.StatusCode.Should().Be(status);
        var body = await JsonAsync(response);
        body.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["DATA", "ERROR", "MESSAGES", "CODE", "DETAILS"]);
        body.GetProperty("ERROR").GetBoolean().Should().BeTrue();
        body.GetProperty("CODE").GetString().Should().Be(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        body.GetProperty("MESSAGES").GetString().Should().Be(messages);
        body.GetProperty("DATA").GetString().Should().BeEmpty();
    }
}
