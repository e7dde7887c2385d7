using Axcelerate.HubSpot.Sample.Screens;
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
        var (checkedCount, problems, refusal) = await FieldMappingsScreen.ShowAsync(environment.Services, console, cancellationToken).ConfigureAwait(false);
        var (mapped, stages) = await DealStagesScreen.ShowAsync(environment.Services, console, cancellationToken).ConfigureAwait(false);

        var summary = new DemoSummary(linked, fallback, checkedCount, problems, refusal, mapped, stages);
        console.Write(new Rule().LeftJustified());
        console.MarkupLineInterpolated(
            $"Done: {summary.OwnersLinked} owner(s) linked, {summary.OwnersOnFallback} on the Web Service user; {summary.MappingsChecked} mapping(s) checked, {summary.MappingProblems} problem(s); mismatch {(summary.MismatchRefusal is null ? "ACCEPTED" : "refused")}; {summary.StagesMapped}/{summary.StageCount} stage(s) mapped.");
        return summary;
    }
}
