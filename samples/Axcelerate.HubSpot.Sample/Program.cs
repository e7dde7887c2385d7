// The sample console: `dotnet run --project samples/Axcelerate.HubSpot.Sample` runs the demo on the in-process
// sandbox (or on the services named by the HubSpotIntegration keys); `-- --help` lists the commands for real use.
using Axcelerate.HubSpot.Sample;
using Spectre.Console;

// A CI log has no terminal width; Spectre then assumes 80 columns, which wraps the tables. Give them room.
if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 120)
{
    AnsiConsole.Profile.Width = 120;
}

// Ctrl+C stops after the current request (an import keeps its checkpoint, so running again resumes) and exits 1.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await SampleApp.RunAsync(args, new SampleIo(AnsiConsole.Console, Console.Out, Console.Error), cancel.Token).ConfigureAwait(false);
