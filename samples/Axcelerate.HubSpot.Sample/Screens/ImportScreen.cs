using System.Globalization;
using Axcelerate.HubSpot.Import;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>Part 5 (the Import tab): imports with a progress bar, then the outcomes and the reasons of the problem rows.</summary>
internal static class ImportScreen
{
    /// <summary>The HubSpot name of each importable entity, in the order they import (deals need linked contacts).</summary>
    public static readonly (string Name, MappedEntity Entity)[] Entities =
    [
        ("contacts", MappedEntity.Contact),
        ("companies", MappedEntity.Organisation),
        ("deals", MappedEntity.Opportunity),
    ];

    public static string NameOf(MappedEntity entity) => Entities.First(e => e.Entity == entity).Name;

    /// <summary>Runs the requests one after the other under one progress display: one page each, or all pages.</summary>
    public static async Task<IReadOnlyList<ImportReport>> RunAsync(
        IImportOrchestrator import, IReadOnlyList<ImportRequest> requests, bool all, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var reports = new List<ImportReport>();
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = requests.Select(r => context.AddTask(NameOf(r.Entity), autoStart: false)).ToList();
                for (var i = 0; i < requests.Count; i++)
                {
                    var task = tasks[i];
                    task.StartTask();
                    task.IsIndeterminate = true;
                    var progress = new Reporter(task);
                    var report = all
                        ? await import.ImportAllAsync(requests[i], progress, cancellationToken).ConfigureAwait(false)
                        : await import.ImportPageAsync(requests[i], progress, cancellationToken).ConfigureAwait(false);
                    task.IsIndeterminate = false;
                    task.MaxValue = Math.Max(1, report.Records.Count);
                    task.Value = task.MaxValue;
                    task.Description = $"{NameOf(report.Entity)}: {report.Records.Count} record(s), {report.Pages} page(s)";
                    task.StopTask();
                    reports.Add(report);
                }
            }).ConfigureAwait(false);
        return reports;
    }

    /// <summary>The counts per entity, then every ambiguous, failed or skipped record with its reason.</summary>
    public static void Show(IReadOnlyList<ImportReport> reports, IAnsiConsole console, string title)
    {
        var totals = new Table().Title(title).AddColumn("Entity");
        foreach (var column in (string[])["Created", "Linked", "Updated", "Unchanged", "Skipped", "Ambiguous", "Failed", "Complete"])
        {
            totals.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in reports)
        {
            totals.AddRow(
                Cell.Text(NameOf(r.Entity) + (r.DryRun ? " (dry run)" : string.Empty)),
                Number(r.Created), Number(r.Linked), Number(r.Updated), Number(r.Unchanged), Number(r.Skipped),
                r.Ambiguous == 0 ? Number(0) : Cell.Warn(r.Ambiguous.ToString(CultureInfo.InvariantCulture)),
                r.Failed == 0 ? Number(0) : Cell.Bad(r.Failed.ToString(CultureInfo.InvariantCulture)),
                r.IsComplete ? Cell.Good("yes") : Cell.Warn("no: run again"));
        }

        console.Write(totals);

        var problems = reports
            .SelectMany(r => r.Records.Select(record => (r.Entity, Record: record)))
            .Where(x => x.Record.Outcome is ImportOutcome.Ambiguous or ImportOutcome.Failed or ImportOutcome.Skipped)
            .ToList();
        if (problems.Count == 0)
        {
            return;
        }

        var table = new Table()
            .Title("Ambiguous, failed and skipped records")
            .AddColumn("Entity")
            .AddColumn("HubSpot id")
            .AddColumn("Outcome")
            .AddColumn("Reason");
        foreach (var (entity, record) in problems)
        {
            var reason = record.Reason ?? (record.CandidateIds.Count > 0 ? $"aXcelerate {string.Join(", ", record.CandidateIds)}" : null);
            table.AddRow(
                Cell.Text(NameOf(entity)),
                Cell.Text(record.HubSpotId),
                record.Outcome == ImportOutcome.Failed ? Cell.Bad("Failed")
                    : record.Outcome == ImportOutcome.Ambiguous ? Cell.Warn("Ambiguous")
                    : Cell.Text("Skipped"),
                Cell.Text(reason));
        }

        console.Write(table);
    }

    private static Spectre.Console.Rendering.IRenderable Number(int value) => Cell.Text(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Moves the bar on every record (synchronously: <see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Total is { } total)
            {
                task.IsIndeterminate = false;
                task.MaxValue = Math.Max(1, total);
            }

            task.Value = value.Done;
            task.Description = $"{NameOf(value.Entity)}: {value.Done} done, {value.Created} created, {value.Linked} linked, {value.Failed} failed";
        }
    }
}
