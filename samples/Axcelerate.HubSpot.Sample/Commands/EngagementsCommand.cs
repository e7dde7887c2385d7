using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Axcelerate.HubSpot.Engagements;
using Axcelerate.HubSpot.Sample.Screens;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>Which record kind an <c>engagements</c> subcommand views.</summary>
internal sealed record EngagementsCommandData(SampleIo Io, MappedEntity Entity);

/// <summary>The arguments of <c>engagements contact|organisation ID</c>.</summary>
internal sealed class EngagementsSettings : StoreSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The aXcelerate contact or organisation id (the record must be linked to HubSpot).")]
    public long Id { get; init; }

    [CommandOption("--json")]
    [Description("Prints one JSON document (the record and its engagements) instead of a table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Id <= 0 ? ValidationResult.Error($"ID must be a positive aXcelerate id, not {Id}.") : ValidationResult.Success();
}

/// <summary><c>engagements contact|organisation ID</c>: a linked record's HubSpot engagements, newest first.</summary>
internal sealed class EngagementsCommand : AsyncCommand<EngagementsSettings>
{
    public static readonly (string Name, MappedEntity Entity)[] Entities =
    [
        ("contact", MappedEntity.Contact),
        ("organisation", MappedEntity.Organisation),
    ];

    public override async Task<int> ExecuteAsync(CommandContext context, EngagementsSettings settings, CancellationToken cancellationToken)
    {
        var (io, entity) = (EngagementsCommandData)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var engagements = await EngagementsScreen.ReadAsync(environment.Services, entity, settings.Id, cancellationToken).ConfigureAwait(false);
        var name = Entities.First(e => e.Entity == entity).Name;
        if (settings.Json)
        {
            await io.Out.WriteLineAsync(Write(name, settings.Id, engagements)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return SampleApp.Done;
        }

        var scope = entity == MappedEntity.Contact ? ", with its companies' and deals'" : string.Empty;
        EngagementsScreen.Show(engagements, io.Console, $"Engagements of aXcelerate {name} {settings.Id}{scope}");
        return SampleApp.Done;
    }

    /// <summary>
    /// The <c>--json</c> document: <c>entity</c>, <c>axcelerateId</c>, <c>count</c> and <c>engagements</c> (each with
    /// <c>id</c>, <c>type</c>, <c>timestamp</c>, <c>subject</c>, <c>bodyPreview</c>, <c>ownerId</c>, <c>ownerName</c>,
    /// <c>direction</c>, <c>status</c>, <c>outcome</c>, <c>source</c> {<c>kind</c>, <c>hubSpotId</c>, <c>name</c>} and <c>url</c>).
    /// </summary>
    internal static string Write(string entityName, long axcelerateId, IReadOnlyList<Engagement> engagements)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("entity", entityName);
            json.WriteNumber("axcelerateId", axcelerateId);
            json.WriteNumber("count", engagements.Count);
            json.WriteStartArray("engagements");
            foreach (var e in engagements)
            {
                json.WriteStartObject();
                json.WriteString("id", e.Id);
                json.WriteString("type", Camel(e.Type.ToString()));
                json.WriteString("timestamp", e.Timestamp?.ToString("O", CultureInfo.InvariantCulture));
                json.WriteString("subject", e.Subject);
                json.WriteString("bodyPreview", e.BodyPreview);
                json.WriteString("ownerId", e.OwnerId);
                json.WriteString("ownerName", e.OwnerName);
                json.WriteString("direction", e.Direction is { } d ? Camel(d.ToString()) : null);
                json.WriteString("status", e.Status);
                json.WriteString("outcome", e.Outcome);
                json.WriteStartObject("source");
                json.WriteString("kind", Camel(e.Source.Kind.ToString()));
                json.WriteString("hubSpotId", e.Source.HubSpotId);
                json.WriteString("name", e.Source.Name);
                json.WriteEndObject();
                json.WriteString("url", e.Url?.AbsoluteUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Camel(string value) => JsonNamingPolicy.CamelCase.ConvertName(value);
}
