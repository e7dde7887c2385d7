using Axcelerate.HubSpot.Sample.Screens;
using Axcelerate.HubSpot.Import;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample;

/// <summary>The demo: one screen per administration tab, printed one after the other.</summary>
internal static class DemoRun
{
    /// <summary>Shows every screen and returns what they showed.</summary>
    /// <param name="environment">The services to talk to.</param>
    /// <param name="console">Where to print.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The summary.</returns>
    public static async Task<DemoSummary> RunAsync(SampleEnvironment environment, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        console.Write(new Rule("[bold]Axcelerate.HubSpot demo[/]").LeftJustified());
        EnvironmentScreen.Show(environment, console);

        var (linked, fallback) = await UsersScreen.ShowAsync(environment.Services, console, cancellationToken).ConfigureAwait(false);
        var (checkedCount, problems, refusal) = await FieldMappingsScreen.ShowAsync(environment.Services, console, tryMismatch: true, cancellationToken).ConfigureAwait(false);
        var (mapped, stages) = await DealStagesScreen.ShowAsync(environment.Services, console, cancellationToken).ConfigureAwait(false);

        var imports = await ImportAsync(environment, console, cancellationToken).ConfigureAwait(false);
        await EngagementsScreen.ShowDemoAsync(environment, console, cancellationToken).ConfigureAwait(false);

        var linkExport = await LinkExportScreen.RunAsync(environment, console, cancellationToken).ConfigureAwait(false);
        var twoWay = await TwoWayScreen.RunAsync(environment, console, cancellationToken).ConfigureAwait(false);

        var summary = new DemoSummary(linked, fallback, checkedCount, problems, refusal, mapped, stages, imports) { LinkExport = linkExport, TwoWay = twoWay };
        var imported = summary.Imports.Count == 0
            ? "no import"
            : "imported " + string.Join(", ", summary.Imports.Select(i => $"{i.Entity} {i.Created} created, {i.Linked} linked, {i.Ambiguous} ambiguous, {i.Failed} failed"));
        console.Write(new Rule().LeftJustified());
        console.MarkupLineInterpolated(
            $"Done: {summary.OwnersLinked} owner(s) linked, {summary.OwnersOnFallback} on the Web Service user; {summary.MappingsChecked} mapping(s) checked, {summary.MappingProblems} problem(s); mismatch {(summary.MismatchRefusal is null ? "ACCEPTED" : "refused")}; {summary.StagesMapped}/{summary.StageCount} stage(s) mapped; {imported}; {TwoWayLine(summary.TwoWay)}.");
        return summary;
    }

    private static string TwoWayLine(TwoWayTotals? twoWay) => twoWay is null
        ? "no two-way sync"
        : $"two-way: HubSpot→aXcelerate contact {twoWay.AppliedContact} applied, aXcelerate→HubSpot contact {twoWay.PushedContact} pushed, {twoWay.EchoesSkipped} echo(es) skipped, failed entry {twoWay.RerunEntry} re-run {twoWay.RerunStatus}";

    // Part 5: contacts, then companies, then deals (a deal is created for its first linked contact), each to the end in
    // pages of 50 ("Auto-Import"). Only on the sandbox: on configured services, writing every record into aXcelerate is
    // a decision for the import command, not a side effect of looking at the demo.
    private static async Task<IReadOnlyList<ImportTotals>> ImportAsync(SampleEnvironment environment, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (environment.Sandbox is null)
        {
            console.MarkupLine("[bold]5. Import[/]: not run against configured services; use [bold]import contacts|companies|deals[/] (see --help).");
            return [];
        }

        console.MarkupLine("[bold]5. Import of HubSpot contacts, companies and deals[/] (pages of 50, auto-import)");
        var import = environment.Services.GetRequiredService<IImportOrchestrator>();
        var requests = ImportScreen.Entities.Select(e => new ImportRequest(e.Entity) { PageSize = 50 }).ToList();
        var reports = await ImportScreen.RunAsync(import, requests, all: true, console, cancellationToken).ConfigureAwait(false);
        ImportScreen.Show(reports, console, "5. Import outcomes");
        return reports.Select(ImportTotals.From).ToList();
    }
}
