using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Sample.Screens;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The options of <c>sync-fields</c>.</summary>
internal sealed class SyncFieldsSettings : PagedRunSettings
{
    [CommandOption("--push")]
    [Description("aXcelerate to HubSpot: the linked HubSpot contacts get aXcelerate's values.")]
    public bool Push { get; init; }

    [CommandOption("--pull")]
    [Description("HubSpot to aXcelerate: the linked aXcelerate contacts get HubSpot's values.")]
    public bool Pull { get; init; }

    [CommandOption("--fields <LIST>")]
    [Description("The fields to copy, comma-separated, named by their contact mapping's HubSpot property (e.g. jobtitle,zip).")]
    public string? Fields { get; init; }

    public IReadOnlyList<string> FieldList =>
        (Fields ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override ValidationResult Validate()
    {
        if (Push == Pull)
        {
            return ValidationResult.Error("sync-fields needs exactly one of --push (aXcelerate to HubSpot) or --pull (HubSpot to aXcelerate).");
        }

        if (FieldList.Count == 0)
        {
            return ValidationResult.Error("sync-fields needs --fields: the HubSpot properties of the contact mappings to copy, e.g. --fields jobtitle,zip.");
        }

        return base.Validate();
    }
}

/// <summary><c>sync-fields --push|--pull --fields a,b</c>: one page of linked contacts (continuing an unfinished run), or <c>--all</c> to the end.</summary>
internal sealed class SyncFieldsCommand : AsyncCommand<SyncFieldsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SyncFieldsSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var sync = environment.Services.GetRequiredService<IFieldSyncOrchestrator>();
        var direction = settings.Push ? FieldSyncDirection.Push : FieldSyncDirection.Pull;
        var request = new FieldSyncRequest(direction, settings.FieldList) { PageSize = settings.PageSize, DryRun = settings.DryRun };

        FieldSyncReport report;
        try
        {
            report = settings.All
                ? await sync.SyncAllAsync(request, progress: null, cancellationToken).ConfigureAwait(false)
                : await sync.SyncPageAsync(request, progress: null, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException exception)
        {
            // An unknown, deactivated or one-way field: the user chose it, so it is bad usage, said in the orchestrator's words.
            var message = exception.ParamName is { } name
                ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
                : exception.Message;
            await io.Error.WriteLineAsync($"error: {message.ReplaceLineEndings(" ").Trim()}").ConfigureAwait(false);
            return SampleApp.BadUsage;
        }

        if (settings.Json)
        {
            await io.Out.WriteLineAsync(Write(report)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return SampleApp.Done;
        }

        Show(report, io.Console);
        return SampleApp.Done;
    }

    /// <summary>
    /// The <c>sync-fields --json</c> document: <c>direction</c>, <c>updated</c>, <c>unchanged</c>, <c>failed</c> and
    /// <c>records</c> (each <c>axcelerateId</c>, <c>hubSpotId</c>, <c>outcome</c>, <c>reason</c>).
    /// </summary>
    private static string Write(FieldSyncReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("direction", Name(report.Direction));
            json.WriteNumber("updated", report.Updated);
            json.WriteNumber("unchanged", report.Unchanged);
            json.WriteNumber("failed", report.Failed);
            json.WriteStartArray("records");
            foreach (var record in report.Records)
            {
                json.WriteStartObject();
                json.WriteNumber("axcelerateId", record.AxcelerateId);
                json.WriteString("hubSpotId", record.HubSpotId);
                json.WriteString("outcome", Name(record.Outcome));
                json.WriteString("reason", record.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Show(FieldSyncReport report, IAnsiConsole console)
    {
        var way = report.Direction == FieldSyncDirection.Push ? "aXcelerate to HubSpot" : "HubSpot to aXcelerate";
        var totals = new Table()
            .Title($"Sync Fields {string.Join(", ", report.Fields)}: {way}{(report.DryRun ? " (dry run: nothing written)" : string.Empty)}")
            .AddColumn("Pages").AddColumn("Updated").AddColumn("Unchanged").AddColumn("Failed").AddColumn("Complete");
        totals.AddRow(
            Number(report.Pages),
            Number(report.Updated),
            Number(report.Unchanged),
            report.Failed == 0 ? Number(0) : Cell.Bad(report.Failed.ToString(CultureInfo.InvariantCulture)),
            report.IsComplete ? Cell.Good("yes") : Cell.Warn("no: run again"));
        console.Write(totals);

        var failed = report.Records.Where(r => r.Outcome == FieldSyncOutcome.Failed).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        var table = new Table().Title("Failed records").AddColumn("aXcelerate id").AddColumn("HubSpot id").AddColumn("Reason");
        foreach (var record in failed)
        {
            table.AddRow(Cell.Text(record.AxcelerateId.ToString(CultureInfo.InvariantCulture)), Cell.Text(record.HubSpotId), Cell.Text(record.Reason));
        }

        console.Write(table);
    }

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static Spectre.Console.Rendering.IRenderable Number(int value) => Cell.Text(value.ToString(CultureInfo.InvariantCulture));
}
