using System.ComponentModel;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Sample.Screens;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The entity an <c>import</c> subcommand imports, and where it writes.</summary>
internal sealed record ImportCommandData(SampleIo Io, MappedEntity Entity);

/// <summary>The options of <c>import contacts|companies|deals</c>.</summary>
internal sealed class ImportSettings : PagedRunSettings;

/// <summary><c>import contacts|companies|deals</c>: one page, continuing an unfinished import, or <c>--all</c> to the end.</summary>
internal sealed class ImportCommand : AsyncCommand<ImportSettings>
{
    public static IEnumerable<(string Name, MappedEntity Entity)> Entities => ImportScreen.Entities;

    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        var (io, entity) = (ImportCommandData)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var import = environment.Services.GetRequiredService<IImportOrchestrator>();
        var request = new ImportRequest(entity) { PageSize = settings.PageSize, DryRun = settings.DryRun };

        if (settings.Json)
        {
            // Standard output carries the document and nothing else: no progress bar, no tables.
            var report = settings.All
                ? await import.ImportAllAsync(request, progress: null, cancellationToken).ConfigureAwait(false)
                : await import.ImportPageAsync(request, progress: null, cancellationToken).ConfigureAwait(false);
            await io.Out.WriteLineAsync(ImportJson.Write(report, ImportScreen.NameOf(entity))).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return SampleApp.Done;
        }

        var reports = await ImportScreen.RunAsync(import, [request], settings.All, io.Console, cancellationToken).ConfigureAwait(false);
        ImportScreen.Show(reports, io.Console, $"Import of HubSpot {ImportScreen.NameOf(entity)}{(settings.DryRun ? " (dry run: nothing written)" : string.Empty)}");
        return SampleApp.Done;
    }
}
