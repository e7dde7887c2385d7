using System.Diagnostics;

namespace Axcelerate.HubSpot.Testing.Tests;

/// <summary>Starts the standalone sandbox server (samples/Axcelerate.HubSpot.SandboxServer) as its own process.</summary>
internal static class SandboxServerProcess
{
    /// <summary>Starts the server with these arguments, its output redirected for the test to read.</summary>
    public static Process Start(params string[] args)
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
        var root = testDir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Axcelerate.HubSpot.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        var dll = Path.Combine(root!.FullName, "samples", "Axcelerate.HubSpot.SandboxServer", "bin", testDir.Parent!.Name, testDir.Name, "Axcelerate.HubSpot.SandboxServer.dll");
        File.Exists(dll).Should().BeTrue($"the server is built with the tests ({dll})");
        return dll;
    }
}
