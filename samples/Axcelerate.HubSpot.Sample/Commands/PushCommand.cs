using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Sample.Screens;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The options of <c>push contact ID</c>.</summary>
internal sealed class PushContactSettings : StoreSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The aXcelerate contact id.")]
    public string Id { get; init; } = string.Empty;

    [CommandOption("--json")]
    [Description("Prints one JSON document (axcelerateId, hubSpotId, outcome, reason, changes) instead of a table.")]
    public bool Json { get; init; }

    public long ContactId => long.Parse(Id, NumberStyles.None, CultureInfo.InvariantCulture);

    public override ValidationResult Validate() =>
        long.TryParse(Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? ValidationResult.Success()
            : ValidationResult.Error($"The contact id must be a positive whole number; '{Id}' is not.");
}

/// <summary>
/// <c>push contact ID</c>: sends one aXcelerate contact to HubSpot (created by email and linked, or its differing values
/// updated), obeying the push flow switches. Exit code 1 when the push failed.
/// </summary>
internal sealed class PushContactCommand : AsyncCommand<PushContactSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PushContactSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var push = environment.Services.GetRequiredService<IContactPushService>();
        var result = await push.PushAsync(settings.ContactId, cancellationToken).ConfigureAwait(false);
        var code = result.Outcome == ContactPushOutcome.Failed ? SampleApp.Failed : SampleApp.Done;
        if (settings.Json)
        {
            await io.Out.WriteLineAsync(Write(result)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            Show(result, io.Console);
        }

        if (code != SampleApp.Done)
        {
            await io.Error.WriteLineAsync($"error: {result.Reason}").ConfigureAwait(false);
        }

        return code;
    }

    /// <summary>The <c>push contact --json</c> document: <c>axcelerateId</c>, <c>hubSpotId</c>, <c>outcome</c>, <c>reason</c>, <c>changes</c>.</summary>
    private static string Write(ContactPushResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("axcelerateId", result.AxcelerateId);
            json.WriteString("hubSpotId", result.HubSpotId);
            json.WriteString("outcome", result.Outcome.ToString().ToLowerInvariant());
            json.WriteString("reason", result.Reason);
            json.WriteStartObject("changes");
            foreach (var (property, value) in result.Changes.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                json.WriteString(property, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Show(ContactPushResult result, IAnsiConsole console)
    {
        var outcome = result.Outcome switch
        {
            ContactPushOutcome.Failed => Cell.Bad("failed"),
            ContactPushOutcome.Skipped => Cell.Warn("skipped"),
            var other => Cell.Good(other.ToString().ToLowerInvariant()),
        };
        var table = new Table().Title($"Push of aXcelerate contact {result.AxcelerateId}").AddColumn("HubSpot id").AddColumn("Outcome").AddColumn("Reason");
        table.AddRow(Cell.Text(result.HubSpotId), outcome, Cell.Text(result.Reason));
        console.Write(table);
        if (result.Changes.Count > 0)
        {
            var changes = new Table().Title("Written to HubSpot").AddColumn("Property").AddColumn("Value");
            foreach (var (property, value) in result.Changes.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                changes.AddRow(Cell.Text(property), Cell.Text(value));
            }

            console.Write(changes);
        }
    }
}
