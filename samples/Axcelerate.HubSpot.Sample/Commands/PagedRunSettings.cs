using System.ComponentModel;
using Axcelerate.HubSpot.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The options of a command that runs page by page (<c>import</c>, <c>sync-fields</c>).</summary>
internal abstract class PagedRunSettings : StoreSettings
{
    [CommandOption("--page-size <N>")]
    [Description("Records per page, 1 to 100 (default: HubSpotIntegration:Import:PageSize, 50).")]
    public int? PageSize { get; init; }

    [CommandOption("--all")]
    [Description("Runs page after page to the end instead of one page.")]
    public bool All { get; init; }

    [CommandOption("--dry-run")]
    [Description("Reports what each record would get and writes nothing (neither system nor the checkpoint).")]
    public bool DryRun { get; init; }

    [CommandOption("--json")]
    [Description("Prints one JSON document (the counts and the records) instead of tables.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        PageSize is < 1 or > ImportOptions.MaxPageSize
            ? ValidationResult.Error($"--page-size must be between 1 and {ImportOptions.MaxPageSize}, not {PageSize}.")
            : ValidationResult.Success();
}
