using System.ComponentModel;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The options every command against configured services takes.</summary>
internal class StoreSettings : CommandSettings
{
    [CommandOption("--store <PATH>")]
    [Description("The SQLite file that keeps links, mappings and import checkpoints (default: axcelerate-hubspot.db beside the program).")]
    public string? Store { get; init; }

    public string StorePath => string.IsNullOrWhiteSpace(Store) ? SampleEnvironment.DefaultStorePath : Store;
}
