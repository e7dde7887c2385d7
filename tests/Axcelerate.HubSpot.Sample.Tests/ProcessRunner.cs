using System.Diagnostics;

namespace Axcelerate.HubSpot.Sample.Tests;

/// <summary>Starts the sample and the standalone sandbox server as their own processes, as a user would run them.</summary>
internal static class ProcessRunner
{
    /// <summary>The standalone sandbox server with these arguments, its output redirected for the test to read.</summary>
    public static Process StartSandboxServer(params string[] args) => Start(SandboxServerDll(), args, environment: null);

    /// <summary>Starts the sample with exactly these <c>HubSpotIntegration</c> settings, for a test that reads it while it runs (<c>serve</c>).</summary>
    public static Process StartSample(IReadOnlyDictionary<string, string> environment, params string[] args) => Start(Path.Combine(AppContext.BaseDirectory, "Axcelerate.HubSpot.Sample.dll"), args, environment);

    /// <summary>Runs the sample to its end with exactly these <c>HubSpotIntegration</c> settings (none inherited).</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunSampleAsync(
        IReadOnlyDictionary<string, string> environment, string[] args, CancellationToken cancellationToken)
    {
        using var process = Start(Path.Combine(AppContext.BaseDirectory, "Axcelerate.HubSpot.Sample.dll"), args, environment);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    private static Process Start(string dll, string[] args, IReadOnlyDictionary<string, string>? environment)
    {
        File.Exists(dll).Should().BeTrue($"{dll} is built with the tests");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (environment is not null)
        {
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("HubSpotIntegration", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }

            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        return Process.Start(start)!;
    }

    /// <summary>The server's dll, built alongside the tests (same configuration) through a build-only project reference.</summary>
    private static string SandboxServerDll()
    {
        var testDir = new DirectoryInfo(AppContext.BaseDirectory);
        var root = testDir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Axcelerate.HubSpot.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        return Path.Combine(root!.FullName, "samples", "Axcelerate.HubSpot.SandboxServer", "bin", testDir.Parent!.Name, testDir.Name, "Axcelerate.HubSpot.SandboxServer.dll");
    }
}
