using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Sample.Screens;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The options of <c>logs outgoing</c>.</summary>
internal sealed class LogsOutgoingSettings : StoreSettings
{
    [CommandOption("--status <STATUS>")]
    [Description("Only requests that ended this way: succeeded or failed.")]
    public string? Status { get; init; }

    [CommandOption("--search <TEXT>")]
    [Description("Only requests with this text in their path, bodies or error (e.g. a property name or an email).")]
    public string? Search { get; init; }

    [CommandOption("--service <SERVICE>")]
    [Description("Only requests to this system: hubspot or axcelerate.")]
    public string? Service { get; init; }

    [CommandOption("--operation <OPERATION>")]
    [Description("Only requests made for this operation, e.g. contact.push or import.")]
    public string? Operation { get; init; }

    [CommandOption("--record <ID>")]
    [Description("Only requests about this record (its aXcelerate id).")]
    public string? Record { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Shows at most this many of the newest matching requests, 1 to 1000 (default 50).")]
    public int Limit { get; init; } = 50;

    [CommandOption("--id <ID>")]
    [Description("Shows one request with its request and response bodies (secrets removed).")]
    public long? Id { get; init; }

    [CommandOption("--json")]
    [Description("Prints one JSON document (entries: each request) instead of a table.")]
    public bool Json { get; init; }

    public OutgoingStatus? StatusFilter => Status is null ? null : Enum.Parse<OutgoingStatus>(Status.Trim(), ignoreCase: true);

    public RemoteService? ServiceFilter => Service?.Trim().ToUpperInvariant() switch
    {
        null => null,
        "HUBSPOT" => RemoteService.HubSpot,
        _ => RemoteService.Axcelerate,
    };

    public override ValidationResult Validate()
    {
        if (Status is not null && !Enum.GetNames<OutgoingStatus>().Any(n => string.Equals(n, Status.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return ValidationResult.Error($"Unknown status '{Status}'; the statuses are succeeded and failed.");
        }

        if (Service is not null && Service.Trim().ToUpperInvariant() is not ("HUBSPOT" or "AXCELERATE"))
        {
            return ValidationResult.Error($"Unknown service '{Service}'; the services are hubspot and axcelerate.");
        }

        if (Limit is < 1 or > 1000)
        {
            return ValidationResult.Error($"--limit must be between 1 and 1000; {Limit} is not.");
        }

        return Id is <= 0 ? ValidationResult.Error($"--id must be a positive entry id; {Id} is not.") : ValidationResult.Success();
    }
}

/// <summary>
/// <c>logs outgoing</c>: the newest requests the integration sent to HubSpot and aXcelerate, filtered; or one with its
/// bodies (<c>--id</c>). Exit code 1 when the entry asked for does not exist.
/// </summary>
internal sealed class LogsOutgoingCommand : AsyncCommand<LogsOutgoingSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LogsOutgoingSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var log = environment.Services.GetRequiredService<IOutgoingLog>();
        List<OutgoingLogEntry> entries;
        if (settings.Id is { } id)
        {
            if (await log.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } entry)
            {
                await io.Error.WriteLineAsync($"error: The outgoing log has no entry {id} (never logged, or pruned).").ConfigureAwait(false);
                return SampleApp.Failed;
            }

            entries = [entry];
        }
        else
        {
            var search = new OutgoingLogSearch
            {
                Status = settings.StatusFilter,
                Text = settings.Search,
                Service = settings.ServiceFilter,
                Operation = settings.Operation,
                RecordId = settings.Record,
            };
            entries = [];
            await foreach (var entry in log.SearchAsync(search, cancellationToken).ConfigureAwait(false))
            {
                entries.Add(entry);
                if (entries.Count == settings.Limit)
                {
                    break;
                }
            }
        }

        if (settings.Json)
        {
            await io.Out.WriteLineAsync(Write(entries, bodies: settings.Id is not null)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return SampleApp.Done;
        }

        Show(entries, settings.Id is not null, io.Console);
        return SampleApp.Done;
    }

    /// <summary>
    /// The <c>logs outgoing --json</c> document: <c>entries</c>, each with <c>id</c>, <c>timestamp</c>, <c>service</c>,
    /// <c>method</c>, <c>path</c>, <c>status</c>, <c>httpStatus</c>, <c>operation</c>, <c>entity</c>, <c>recordId</c>,
    /// <c>attempt</c>, <c>error</c>; with <c>--id</c> also <c>requestBody</c> and <c>response</c>.
    /// </summary>
    private static string Write(List<OutgoingLogEntry> entries, bool bodies)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("entries");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteNumber("id", entry.Id);
                json.WriteString("timestamp", entry.Timestamp);
                json.WriteString("service", entry.Service?.ToString().ToLowerInvariant());
                json.WriteString("method", entry.Method);
                json.WriteString("path", entry.Path ?? entry.RequestSummary);
                json.WriteString("status", entry.Status.ToString().ToLowerInvariant());
                Number(json, "httpStatus", entry.HttpStatus);
                json.WriteString("operation", entry.Operation);
                json.WriteString("entity", entry.Entity?.ToString().ToLowerInvariant());
                json.WriteString("recordId", entry.RecordId);
                Number(json, "attempt", entry.Attempt);
                json.WriteString("error", entry.Error);
                if (bodies)
                {
                    json.WriteString("requestBody", entry.RequestBody);
                    json.WriteString("response", entry.Response);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Show(List<OutgoingLogEntry> entries, bool bodies, IAnsiConsole console)
    {
        var table = new Table().Title($"Outgoing log ({entries.Count} newest matching)")
            .AddColumn("Id").AddColumn("Time (UTC)").AddColumn("Service").AddColumn("Request").AddColumn("Status").AddColumn("Operation").AddColumn("Record");
        foreach (var entry in entries)
        {
            var http = entry.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "no answer";
            table.AddRow(
                Cell.Text(entry.Id.ToString(CultureInfo.InvariantCulture)),
                Cell.Text(entry.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                Cell.Text(entry.Service?.ToString()),
                Cell.Text(entry.RequestSummary),
                entry.Status == OutgoingStatus.Succeeded ? Cell.Good(http) : Cell.Bad($"{http} {entry.Error}".Trim()),
                Cell.Text(entry.Operation),
                Cell.Text(entry.RecordId));
        }

        console.Write(table);
        if (bodies && entries is [var one])
        {
            console.Write(new Panel(new Text(one.RequestBody ?? "-")).Header("Request body"));
            console.Write(new Panel(new Text(one.Response ?? "-")).Header("Response"));
        }
    }
}
