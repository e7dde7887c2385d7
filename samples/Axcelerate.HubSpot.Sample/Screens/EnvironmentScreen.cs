using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>Part 1: where the demo talks to (never the tokens).</summary>
internal static class EnvironmentScreen
{
    public static void Show(SampleEnvironment environment, IAnsiConsole console)
    {
        var table = new Table().Title("1. Services").AddColumn("Service").AddColumn("Address");
        if (environment.Sandbox is { } sandbox)
        {
            table.AddRow(Cell.Text("HubSpot sandbox (in-process)"), Cell.Text(sandbox.HubSpot.BaseAddress.ToString()));
            table.AddRow(Cell.Text("aXcelerate sandbox root"), Cell.Text(sandbox.Axcelerate.RootAddress.ToString()));
            table.AddRow(Cell.Text("aXcelerate sandbox API"), Cell.Text(sandbox.Axcelerate.BaseAddress.ToString()));
            table.AddRow(Cell.Text("aXcelerate Web Service user"), Cell.Text($"contact {sandbox.Axcelerate.WebServiceContactId}"));
        }
        else
        {
            var options = environment.Options;
            table.AddRow(Cell.Text("HubSpot (configured)"), Cell.Text(options.HubSpot.BaseUrl.ToString()));
            table.AddRow(Cell.Text("aXcelerate (configured)"), Cell.Text(options.Axcelerate.BaseUrl?.ToString() ?? "(not set)"));
        }

        table.AddRow(Cell.Text("Store"), Cell.Text(environment.StoreDescription));
        console.Write(table);
    }
}
