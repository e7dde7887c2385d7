using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>
/// What the link, export and deal commands share: the entity argument (singular or plural, e.g. <c>contact</c> or
/// <c>contacts</c>), <c>--json</c> and <c>--store</c>. Each command says which entities it takes.
/// </summary>
internal abstract class LinkingSettings : StoreSettings
{
    [CommandArgument(0, "<ENTITY>")]
    [Description("contact, organisation or opportunity (plural forms are accepted too).")]
    public string Entity { get; init; } = string.Empty;

    [CommandOption("--json")]
    [Description("Prints one JSON document instead of tables.")]
    public bool Json { get; init; }

    /// <summary>The entities the command takes.</summary>
    protected virtual IReadOnlyList<MappedEntity> Allowed { get; } = [MappedEntity.Contact, MappedEntity.Organisation, MappedEntity.Opportunity];

    /// <summary>The parsed entity (valid after <see cref="Validate"/>).</summary>
    public MappedEntity MappedEntity => LinkingEntities.Parse(Entity)!.Value;

    public override ValidationResult Validate() =>
        LinkingEntities.Parse(Entity) is { } entity && Allowed.Contains(entity)
            ? ValidationResult.Success()
            : ValidationResult.Error($"'{Entity}' is not one of {string.Join(", ", Allowed.Select(LinkingEntities.NameOf))}.");
}

/// <summary>The entity names the commands take.</summary>
internal static class LinkingEntities
{
    public static string NameOf(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => "contact",
        MappedEntity.Organisation => "organisation",
        _ => "opportunity",
    };

    public static MappedEntity? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "contact" or "contacts" => MappedEntity.Contact,
        "organisation" or "organisations" or "organization" or "organizations" => MappedEntity.Organisation,
        "opportunity" or "opportunities" => MappedEntity.Opportunity,
        _ => null,
    };
}
