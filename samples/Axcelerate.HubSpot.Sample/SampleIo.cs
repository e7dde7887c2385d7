using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample;

/// <summary>Where a run reads its configuration and writes: the terminal in production, captured writers in tests.</summary>
/// <param name="Console">Tables, progress bars and help.</param>
/// <param name="Out">Standard output for machine-readable documents (<c>--json</c>): nothing else is written there in that mode.</param>
/// <param name="Error">The one-line error of a failed run.</param>
internal sealed record SampleIo(IAnsiConsole Console, TextWriter Out, TextWriter Error)
{
    /// <summary>The configuration; null reads environment variables and appsettings.json beside the program.</summary>
    public IConfiguration? Configuration { get; init; }

    /// <summary>Sandbox options for the default run; demo data when null.</summary>
    public Testing.IntegrationSandboxOptions? SandboxOptions { get; init; }

    /// <summary>What the default run showed, once it finished (for tests).</summary>
    public DemoSummary? Summary { get; set; }
}
