using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.Tests.Axcelerate;

public sealed class SandboxServerProcessTests
{
    [Fact]
    public async Task Prints_one_base_url_per_service_and_serves_both()
    {
        using var server = SandboxServerProcess.Start("--hubspot-port", "0", "--axcelerate-port", "0", "--contacts", "5", "--companies", "2", "--deals", "2", "--axcelerate-api-token", "t1", "--axcelerate-ws-token", "t2");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var hubSpotLine = await server.StandardOutput.ReadLineAsync(timeout.Token);
            var axcelerateLine = await server.StandardOutput.ReadLineAsync(timeout.Token);

            hubSpotLine.Should().MatchRegex(@"^HubSpot sandbox: http://127\.0\.0\.1:\d+$");
            axcelerateLine.Should().MatchRegex(@"^aXcelerate sandbox: http://127\.0\.0\.1:\d+$");

            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("apitoken", "t1");
            http.DefaultRequestHeaders.Add("wstoken", "t2");
            var axcelerate = axcelerateLine!["aXcelerate sandbox: ".Length..];
            using var contact = await http.GetAsync(new Uri(axcelerate + "/contact/10001"), timeout.Token);
            contact.StatusCode.Should().Be(HttpStatusCode.OK);
            using var viaApi = await http.GetAsync(new Uri(axcelerate + "/api/contacts/search?displayLength=100"), timeout.Token);
            (await viaApi.Content.ReadAsStringAsync(timeout.Token)).Should().Contain("\"CUSTOMFIELD_USI\"");

            var hubSpot = hubSpotLine!["HubSpot sandbox: ".Length..];
            using var journal = await http.GetAsync(new Uri(hubSpot + "/__sandbox/requests"), timeout.Token);
            journal.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Stops_cleanly_with_exit_code_0_when_asked_to_terminate()
    {
        using var server = SandboxServerProcess.Start("--hubspot-port", "0", "--axcelerate-port", "0", "--contacts", "1");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            (await server.StandardOutput.ReadLineAsync(timeout.Token)).Should().StartWith("HubSpot sandbox: ");
            (await server.StandardOutput.ReadLineAsync(timeout.Token)).Should().StartWith("aXcelerate sandbox: ");

            using var terminate = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await terminate.WaitForExitAsync(timeout.Token);
            await server.WaitForExitAsync(timeout.Token);

            server.ExitCode.Should().Be(0);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Delivers_HubSpot_webhooks_to_the_given_url_signed_with_the_given_secret()
    {
        var received = new TaskCompletionSource<(string Body, string Signature, string Timestamp)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var receiver = builder.Build();
        receiver.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            received.TrySetResult((await reader.ReadToEndAsync(), request.Headers["X-HubSpot-Signature-v3"].ToString(), request.Headers["X-HubSpot-Request-Timestamp"].ToString()));
            return Results.Ok();
        });
        await receiver.StartAsync();

        var target = receiver.Urls.First() + "/hooks";
        using var server = SandboxServerProcess.Start("--hubspot-port", "0", "--axcelerate-port", "0", "--contacts", "2", "--rate-limits", "off", "--webhook-url", target, "--webhook-secret", "s3cret");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var hubSpot = (await server.StandardOutput.ReadLineAsync(timeout.Token))!["HubSpot sandbox: ".Length..];
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sandbox-hubspot-token");
            using var created = await http.PostAsync(
                new Uri(hubSpot + "/crm/v3/objects/contacts"),
                new StringContent("""{"properties":{"email":"webhook.test@example.com","firstname":"Web"}}""", System.Text.Encoding.UTF8, "application/json"),
                timeout.Token);
            created.StatusCode.Should().Be(HttpStatusCode.Created);

            var (body, signature, timestamp) = await received.Task.WaitAsync(timeout.Token);
            body.Should().Contain("contact.creation");
            var expected = System.Security.Cryptography.HMACSHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes("s3cret"), System.Text.Encoding.UTF8.GetBytes("POST" + target + body + timestamp));
            signature.Should().Be(Convert.ToBase64String(expected), "HubSpot's v3 signature is HMAC-SHA256 of method + URI + body + timestamp");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("--rate-limits", "maybe")]
    [InlineData("--contacts", "-1")]
    [InlineData("--unknown", "1")]
    [InlineData("--hubspot-port")]
    public async Task Exits_2_with_a_one_line_error_on_bad_arguments(params string[] args)
    {
        using var server = SandboxServerProcess.Start(args);
        var error = await server.StandardError.ReadToEndAsync();
        await server.WaitForExitAsync();

        server.ExitCode.Should().Be(2);
        error.TrimEnd().Should().StartWith("error: ").And.NotContain("\n");
    }
}
