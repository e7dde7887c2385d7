// The demo console: `dotnet run --project samples/Axcelerate.HubSpot.Sample`.
// With no configuration it starts the in-process sandbox with demo data; with the HubSpotIntegration keys set
// (environment variables or appsettings.json beside the program) it talks to those services instead.
using Axcelerate.HubSpot.Sample;
using Spectre.Console;

// A CI log has no terminal width; Spectre then assumes 80 columns, which wraps the tables. Give them room.
if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 120)
{
    AnsiConsole.Profile.Width = 120;
}

try
{
    await using var environment = await SampleEnvironment.CreateAsync().ConfigureAwait(false);
    await DemoRun.RunAsync(environment, AnsiConsole.Console).ConfigureAwait(false);
    return 0;
}
#pragma warning disable CA1031 // The console's contract: any failure becomes one line and exit code 1.
catch (Exception ex)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"error: {OneLine(ex)}");
    return 1;
}

static string OneLine(Exception ex)
{
    var root = ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : ex;
    return root.Message.ReplaceLineEndings(" ");
}
