using System.Diagnostics;
using System.Net;

namespace Axcelerate.HubSpot.Tests.Sandbox.Axcelerate;

public sealed class SandboxServerProcessTests
{
    [Fact]
    public async Task Prints_one_base_url_per_service_and_serves_both()
    {
        using var server = Start("--hubspot-port", "0", "--axcelerate-port", "0", "--contacts", "5", "--companies", "2", "--deals", "2", "--axcelerate-api-token", "t1", "--axcelerate-ws-token", "t2");
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

    [Theory]
    [InlineData("--rate-limits", "maybe")]
    [InlineData("--contacts", "-1")]
    [InlineData("--unknown", "1")]
    [InlineData("--hubspot-port")]
    public async Task Exits_2_with_a_one_line_error_on_bad_arguments(params string[] args)
    {
        using var server = Start(args);
        var error = await server.StandardError.ReadToEndAsync();
        await server.WaitForExitAsync();

        server.ExitCode.Should().Be(2);
        error.TrimEnd().Should().StartWith("error: ").And.NotContain("\n");
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ServerDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>The server's dll, built alongside the tests (same configuration) through a build-only project reference.</summary>
    private static string ServerDll()
    {
        var testDir = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testDir.Parent!.Name;
        var framework = testDir.Name;
        var root = testDir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Axcelerate.HubSpot.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        var dll = Path.Combine(root!.FullName, "samples", "Axcelerate.HubSpot.SandboxServer", "bin", configuration, framework, "Axcelerate.HubSpot.SandboxServer.dll");
        File.Exists(dll).Should().BeTrue($"the server is built with the tests ({dll})");
        return dll;
    }
}
