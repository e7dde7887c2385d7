using System.ComponentModel;
using System.Text;
using System.Text.Json;
using Axcelerate.HubSpot.Sample.Screens;
using Axcelerate.HubSpot.Settings;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The options of <c>settings</c>.</summary>
internal sealed class SettingsSettings : StoreSettings
{
    [CommandOption("--enable <FLOW>")]
    [Description("Turns a sync flow on (repeatable).")]
    public string[] Enable { get; init; } = [];

    [CommandOption("--disable <FLOW>")]
    [Description("Turns a sync flow off (repeatable; applied after --enable-all).")]
    public string[] Disable { get; init; } = [];

    [CommandOption("--enable-all")]
    [Description("Turns every sync flow on.")]
    public bool EnableAll { get; init; }

    [CommandOption("--json")]
    [Description("Prints one JSON document (flows: each flow's name and whether it is on) instead of a table.")]
    public bool Json { get; init; }

    /// <summary>The flows to set and their new state, from the options (valid only after <see cref="Validate"/>).</summary>
    public IReadOnlyDictionary<SyncFlow, bool> Switches()
    {
        var switches = new Dictionary<SyncFlow, bool>();
        if (EnableAll)
        {
            foreach (var flow in Enum.GetValues<SyncFlow>())
            {
                switches[flow] = true;
            }
        }

        foreach (var name in Enable)
        {
            switches[Parse(name)!.Value] = true;
        }

        foreach (var name in Disable)
        {
            switches[Parse(name)!.Value] = false;
        }

        return switches;
    }

    public override ValidationResult Validate()
    {
        var unknown = Enable.Concat(Disable).Where(name => Parse(name) is null).ToList();
        if (unknown.Count > 0)
        {
            return ValidationResult.Error(
                $"Unknown sync flow{(unknown.Count > 1 ? "s" : string.Empty)} {string.Join(", ", unknown.Select(n => $"'{n}'"))}; the flows are {string.Join(", ", Enum.GetNames<SyncFlow>())}.");
        }

        var both = Enable.Select(Parse).Intersect(Disable.Select(Parse)).ToList();
        return both.Count > 0
            ? ValidationResult.Error($"{string.Join(", ", both)} cannot be both enabled and disabled.")
            : ValidationResult.Success();
    }

    // Names only (case-insensitive): Enum.TryParse would also take "3" or "1,2".
    private static SyncFlow? Parse(string name) =>
        Enum.GetValues<SyncFlow>().Cast<SyncFlow?>().FirstOrDefault(f => string.Equals(f.ToString(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary><c>settings</c>: every sync flow and whether it is on, after the changes the options ask for.</summary>
internal sealed class SettingsCommand : AsyncCommand<SettingsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SettingsSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var service = environment.Services.GetRequiredService<ISyncSettingsService>();
        var switches = settings.Switches();
        var effective = switches.Count > 0
            ? await service.SetAsync(switches, cancellationToken).ConfigureAwait(false)
            : await service.GetAsync(cancellationToken).ConfigureAwait(false);

        if (settings.Json)
        {
            await io.Out.WriteLineAsync(Write(effective)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return SampleApp.Done;
        }

        var table = new Table().Title("Sync flows").AddColumn("Flow").AddColumn("State");
        foreach (var (flow, enabled) in effective.Flows.OrderBy(f => f.Key))
        {
            table.AddRow(Cell.Text(flow.ToString()), enabled ? Cell.Good("on") : Cell.Text("off"));
        }

        io.Console.Write(table);
        return SampleApp.Done;
    }

    /// <summary>The <c>settings --json</c> document: <c>{"flows": {"PushContactOnCreate": false, ...}}</c>, in the enum's order.</summary>
    private static string Write(SyncSettings effective)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("flows");
            foreach (var (flow, enabled) in effective.Flows.OrderBy(f => f.Key))
            {
                json.WriteBoolean(flow.ToString(), enabled);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
