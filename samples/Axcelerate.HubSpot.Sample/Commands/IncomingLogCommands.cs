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

/// <summary>The options of <c>logs incoming</c>.</summary>
internal sealed class IncomingLogSettings : StoreSettings
{
    [CommandOption("--status <STATUS>")]
    [Description("Only entries with this status: Pending, Processing, Succeeded, Failed, Skipped or Deleted.")]
    public string? Status { get; init; }

    [CommandOption("--search <TEXT>")]
    [Description("Only entries whose payload, error or result contains the text (case-insensitive).")]
    public string? Search { get; init; }

    [CommandOption("--limit <N>")]
    [Description("The most entries shown, newest first (1 to 1000; 50 by default).")]
    public int Limit { get; init; } = 50;

    [CommandOption("--json")]
    [Description("Prints one JSON document (entries: id, status, type, object, attempts, times, error, result) instead of a table.")]
    public bool Json { get; init; }

    public IncomingStatus? ParsedStatus => Status is null ? null : Enum.GetValues<IncomingStatus>().Cast<IncomingStatus?>()
        .FirstOrDefault(s => string.Equals(s.ToString(), Status.Trim(), StringComparison.OrdinalIgnoreCase));

    public override ValidationResult Validate()
    {
        if (Status is not null && ParsedStatus is null)
        {
            return ValidationResult.Error($"Unknown status '{Status}'; the statuses are {string.Join(", ", Enum.GetNames<IncomingStatus>())}.");
        }

        return Limit is < 1 or > 1000 ? ValidationResult.Error($"--limit must be between 1 and 1000; {Limit} is not.") : ValidationResult.Success();
    }
}

/// <summary><c>logs incoming</c>: the newest incoming-log entries matching the filters.</summary>
internal sealed class IncomingLogCommand : AsyncCommand<IncomingLogSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IncomingLogSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var log = environment.Services.GetRequiredService<IIncomingLog>();
        var query = new IncomingLogQuery { Status = settings.ParsedStatus, Text = settings.Search, PageSize = settings.Limit };
        var entries = new List<IncomingLogEntry>();
        await foreach (var entry in log.SearchAsync(query, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
            if (entries.Count == settings.Limit)
            {
                break;
            }
        }

        if (settings.Json)
        {
            await io.Out.WriteLineAsync(IncomingLogJson.Write(entries)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return SampleApp.Done;
        }

        var table = new Table().Title("Incoming log (newest first)")
            .AddColumn("Id").AddColumn("Received").AddColumn("Event").AddColumn("Object").AddColumn("Status").AddColumn("Attempts").AddColumn("Result or error");
        foreach (var entry in entries)
        {
            table.AddRow(
                Cell.Text(entry.Id.ToString(CultureInfo.InvariantCulture)),
                Cell.Text(entry.ReceivedAt.ToString("u", CultureInfo.InvariantCulture)),
                Cell.Text(entry.SubscriptionType),
                Cell.Text(entry.ObjectId),
                entry.Status == IncomingStatus.Succeeded ? Cell.Good(entry.Status.ToString()) : Cell.Text(entry.Status.ToString()),
                Cell.Text(entry.Attempts.ToString(CultureInfo.InvariantCulture)),
                Cell.Text(entry.Error ?? entry.Result ?? ""));
        }

        io.Console.Write(table);
        return SampleApp.Done;
    }
}

/// <summary>The argument of <c>logs reset|rerun|delete</c>.</summary>
internal sealed class IncomingEntrySettings : StoreSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The incoming-log entry's id (see logs incoming).")]
    public long Id { get; init; }

    [CommandOption("--json")]
    [Description("Prints the entry afterwards as one JSON document.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Id < 1 ? ValidationResult.Error($"An incoming-log entry id is a positive number; {Id} is not.") : ValidationResult.Success();
}

/// <summary>What <see cref="IncomingEntryCommand"/> does to the entry.</summary>
internal enum IncomingEntryAction
{
    Reset,
    Rerun,
    Delete,
}

/// <summary>The data of one <c>logs</c> entry command.</summary>
internal sealed record IncomingEntryCommandData(SampleIo Io, IncomingEntryAction Action);

/// <summary><c>logs reset|rerun|delete ID</c>: acts on one incoming-log entry and shows it afterwards.</summary>
internal sealed class IncomingEntryCommand : AsyncCommand<IncomingEntrySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IncomingEntrySettings settings, CancellationToken cancellationToken)
    {
        var (io, action) = (IncomingEntryCommandData)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var log = environment.Services.GetRequiredService<IIncomingLog>();
        var entry = action switch
        {
            IncomingEntryAction.Reset => await log.ResetAsync(settings.Id, cancellationToken).ConfigureAwait(false),
            IncomingEntryAction.Rerun => await log.RerunAsync(settings.Id, cancellationToken).ConfigureAwait(false),
            _ => await log.DeleteAsync(settings.Id, cancellationToken).ConfigureAwait(false),
        };

        if (settings.Json)
        {
            await io.Out.WriteLineAsync(IncomingLogJson.Write([entry], single: true)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return SampleApp.Done;
        }

        var detail = entry.Error ?? entry.Result;
        io.Console.MarkupLine($"Entry {entry.Id} ({Markup.Escape(entry.SubscriptionType)} of {Markup.Escape(entry.ObjectId)}) is now [bold]{entry.Status}[/]{(detail is null ? "" : ": " + Markup.Escape(detail))}");
        return SampleApp.Done;
    }
}

/// <summary>The JSON of the <c>logs</c> commands.</summary>
internal static class IncomingLogJson
{
    public static string Write(IReadOnlyList<IncomingLogEntry> entries, bool single = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            if (single)
            {
                WriteEntry(json, entries[0]);
            }
            else
            {
                json.WriteStartObject();
                json.WriteStartArray("entries");
                foreach (var entry in entries)
                {
                    WriteEntry(json, entry);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEntry(Utf8JsonWriter json, IncomingLogEntry entry)
    {
        json.WriteStartObject();
        json.WriteNumber("id", entry.Id);
        json.WriteString("status", entry.Status.ToString());
        json.WriteString("subscriptionType", entry.SubscriptionType);
        json.WriteString("objectId", entry.ObjectId);
        json.WriteNumber("eventId", entry.EventId);
        json.WriteNumber("attempts", entry.Attempts);
        json.WriteString("occurredAt", entry.OccurredAt);
        json.WriteString("receivedAt", entry.ReceivedAt);
        json.WriteString("updatedAt", entry.UpdatedAt);
        Optional(json, "nextAttemptAt", entry.NextAttemptAt);
        json.WriteString("error", entry.Error);
        json.WriteString("result", entry.Result);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteString(name, time);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
