using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>The standalone server driven over plain HTTP, as a tool in any language would drive it.</summary>
public sealed class SandboxServerControlProcessTests
{
    [Fact]
    public async Task User_edits_other_app_writes_and_merges_are_driven_over_HTTP_and_delivered_on_flush()
    {
        var events = new ConcurrentQueue<JsonNode>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var receiver = builder.Build();
        receiver.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            foreach (var e in JsonNode.Parse(await reader.ReadToEndAsync())!.AsArray())
            {
                events.Enqueue(e!);
            }

            return Results.Ok();
        });
        await receiver.StartAsync();

        using var server = SandboxServerProcess.Start(
            "--hubspot-port", "0", "--axcelerate-port", "0", "--contacts", "3", "--companies", "1", "--deals", "0", "--rate-limits", "off",
            "--webhook-url", receiver.Urls.First() + "/hooks", "--webhook-secret", "s3cret",
            "--webhook-events", "contact.propertyChange:phone,contact.merge,contact.deletion",
            "--hubspot-other-app-token", "their-token");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var hubSpot = new Uri((await server.StandardOutput.ReadLineAsync(timeout.Token))!["HubSpot sandbox: ".Length..] + "/");
            using var http = new HttpClient { BaseAddress = hubSpot };
            using var list = await Send(http, HttpMethod.Get, "crm/v3/objects/contacts?limit=2", null, "sandbox-hubspot-token", timeout.Token);
            var ids = JsonNode.Parse(await list.Content.ReadAsStringAsync(timeout.Token))!["results"]!.AsArray().Select(r => (string)r!["id"]!).ToList();

            using var edit = await Send(http, HttpMethod.Post, $"__sandbox/hubspot/contacts/{ids[0]}/user-edit", """{"properties": {"phone": "0400 000 001"}}""", null, timeout.Token);
            using var theirs = await Send(http, HttpMethod.Patch, $"crm/v3/objects/contacts/{ids[1]}", """{"properties": {"phone": "0400 000 002"}}""", "their-token", timeout.Token);
            using var merge = await Send(http, HttpMethod.Post, "__sandbox/hubspot/contacts/merge", $$"""{"primaryId": "{{ids[0]}}", "mergedId": "{{ids[1]}}"}""", null, timeout.Token);
            using var badType = await Send(http, HttpMethod.Post, "__sandbox/hubspot/widgets/1/user-delete", null, null, timeout.Token);
            using var flush = await Send(http, HttpMethod.Post, "__sandbox/webhooks/flush", null, null, timeout.Token);

            edit.StatusCode.Should().Be(HttpStatusCode.OK);
            theirs.StatusCode.Should().Be(HttpStatusCode.OK, "the second private-app token is accepted");
            merge.StatusCode.Should().Be(HttpStatusCode.OK);
            var newId = (string)JsonNode.Parse(await merge.Content.ReadAsStringAsync(timeout.Token))!["id"]!;
            newId.Should().NotBe(ids[0]).And.NotBe(ids[1]);
            badType.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await badType.Content.ReadAsStringAsync(timeout.Token)).Should().Contain("widgets");
            flush.StatusCode.Should().Be(HttpStatusCode.OK);

            // The server also delivers by itself every second, so some events may have gone out before the flush.
            while (events.Count < 5)
            {
                await Task.Delay(50, timeout.Token);
            }

            var received = events.ToList();
            received.Single(e => (string?)e["propertyValue"] == "0400 000 001")["changeSource"]!.GetValue<string>().Should().Be("CRM_UI");
            var other = received.Single(e => (string?)e["propertyValue"] == "0400 000 002");
            ((string?)other["changeSource"]).Should().Be("INTEGRATION");
            ((string?)other["sourceId"]).Should().NotBe(((long)other["appId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), "another app wrote it");
            ((long)received.Single(e => (string?)e["subscriptionType"] == "contact.merge")["newObjectId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(newId);
            received.Count(e => (string?)e["subscriptionType"] == "contact.deletion").Should().Be(2);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task An_unknown_webhook_event_exits_2_naming_it()
    {
        using var server = SandboxServerProcess.Start("--webhook-url", "http://127.0.0.1:9/hooks", "--webhook-secret", "s", "--webhook-events", "contact.teleport");
        var error = await server.StandardError.ReadToEndAsync();
        await server.WaitForExitAsync();

        server.ExitCode.Should().Be(2);
        error.Should().StartWith("error: ").And.Contain("contact.teleport");
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, string? json, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request, cancellationToken);
    }
}
