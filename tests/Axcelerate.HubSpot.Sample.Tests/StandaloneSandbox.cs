using System.Diagnostics;

namespace Axcelerate.HubSpot.Sample.Tests;

/// <summary>
/// The standalone sandbox server as its own process, with the environment variables that point the sample at it and a
/// temporary store file; disposing stops the server and deletes the store.
/// </summary>
internal sealed class StandaloneSandbox : IAsyncDisposable
{
    private readonly Process _server;

    private StandaloneSandbox(Process server, string hubSpot, string axcelerate)
    {
        _server = server;
        HubSpot = hubSpot;
        Axcelerate = axcelerate;
        Environment = new Dictionary<string, string>
        {
            ["HubSpotIntegration__HubSpot__BaseUrl"] = hubSpot,
            ["HubSpotIntegration__HubSpot__AccessToken"] = "sandbox-hubspot-token",
            ["HubSpotIntegration__Axcelerate__BaseUrl"] = axcelerate,
            ["HubSpotIntegration__Axcelerate__ApiToken"] = "sandbox-api-token",
            ["HubSpotIntegration__Axcelerate__WsToken"] = "sandbox-ws-token",
        };
    }

    /// <summary>The HubSpot half's base URL.</summary>
    public string HubSpot { get; }

    /// <summary>The aXcelerate half's base URL.</summary>
    public string Axcelerate { get; }

    /// <summary>The <c>HubSpotIntegration__…</c> variables that point the sample at this server.</summary>
    public Dictionary<string, string> Environment { get; }

    /// <summary>A fresh SQLite file for the sample's <c>--store</c>.</summary>
    public string Store { get; } = Path.Combine(Path.GetTempPath(), $"axcelerate-hubspot-sample-test-{Guid.NewGuid():N}.db");

    /// <summary>Starts the server on free ports with these extra arguments (e.g. <c>--contacts 30</c>) and reads its URLs.</summary>
    public static async Task<StandaloneSandbox> StartAsync(CancellationToken cancellationToken, params string[] args)
    {
        var server = ProcessRunner.StartSandboxServer(["--hubspot-port", "0", "--axcelerate-port", "0", .. args]);
        try
        {
            var hubSpot = await ReadUrlAsync(server, "HubSpot sandbox: ", cancellationToken);
            var axcelerate = await ReadUrlAsync(server, "aXcelerate sandbox: ", cancellationToken);
            return new StandaloneSandbox(server, hubSpot, axcelerate);
        }
        catch
        {
            server.Kill(entireProcessTree: true);
            server.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _server.Kill(entireProcessTree: true);
        await _server.WaitForExitAsync();
        _server.Dispose();
        foreach (var file in new[] { Store, Store + "-wal", Store + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static async Task<string> ReadUrlAsync(Process server, string prefix, CancellationToken cancellationToken)
    {
        var line = await server.StandardOutput.ReadLineAsync(cancellationToken);
        line.Should().StartWith(prefix);
        return line![prefix.Length..];
    }
}
