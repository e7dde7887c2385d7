using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Mapping;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>
/// Part 3 (the Fields tab): the mappings of each entity checked against the HubSpot property definitions, then one
/// deliberately mismatched contact mapping that the service refuses.
/// </summary>
internal static class FieldMappingsScreen
{
    /// <summary>
    /// A date-of-birth field (Date) onto HubSpot's "Email Domain" (a string/text property): the service refuses it
    /// because a date does not fit a text property.
    /// </summary>
    public static readonly FieldMapping Mismatch = new(MappedEntity.Contact, "dob", "hs_email_domain", FieldType.Date);

    private static readonly (MappedEntity Entity, string HubSpotObject)[] Entities =
    [
        (MappedEntity.Contact, "contacts"),
        (MappedEntity.Organisation, "companies"),
        (MappedEntity.Opportunity, "deals"),
    ];

    public static async Task<(int Checked, int Problems, string? Refusal)> ShowAsync(IServiceProvider services, IAnsiConsole console, bool tryMismatch, CancellationToken cancellationToken)
    {
        var mappings = services.GetRequiredService<IFieldMappingService>();
        var hubSpot = services.GetRequiredService<IHubSpotClient>();
        var (checkedCount, problemCount) = (0, 0);
        foreach (var (entity, hubSpotObject) in Entities)
        {
            var list = await mappings.ListAsync(entity, cancellationToken).ConfigureAwait(false);
            var properties = (await hubSpot.Properties.GetPropertiesAsync(hubSpotObject, cancellationToken).ConfigureAwait(false))
                .Where(p => !p.Archived)
                .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

            var table = new Table()
                .Title($"3. Field mappings: {entity} (HubSpot {hubSpotObject})")
                .AddColumn("aXcelerate field")
                .AddColumn("HubSpot property")
                .AddColumn("Type")
                .AddColumn("Rule")
                .AddColumn("Check against HubSpot");
            foreach (var mapping in list)
            {
                var check = Check(mapping, properties);
                checkedCount++;
                if (check is not null)
                {
                    problemCount++;
                }

                var status = !mapping.IsActive ? Cell.Text("inactive")
                    : check is null ? Cell.Good("fits")
                    : Cell.Bad(check);
                table.AddRow(
                    Cell.Text(mapping.AxcelerateField + (mapping.IsCustomField ? " (custom)" : string.Empty)),
                    Cell.Text(mapping.HubSpotProperty),
                    Cell.Text(mapping.Type.ToString()),
                    Cell.Text(mapping.Rule.ToString()),
                    status);
            }

            console.Write(table);
        }

        if (!tryMismatch)
        {
            return (checkedCount, problemCount, null);
        }

        string? refusal;
        try
        {
            await mappings.AddAsync(Mismatch, cancellationToken).ConfigureAwait(false);
            refusal = null;
            console.MarkupLineInterpolated($"[red]Mismatched mapping {Mismatch.AxcelerateField} ({Mismatch.Type}) -> {Mismatch.HubSpotProperty} was ACCEPTED.[/]");
        }
        catch (FieldMappingException ex)
        {
            refusal = ex.Message;
            console.MarkupLineInterpolated($"Adding contact mapping [bold]{Mismatch.AxcelerateField}[/] ({Mismatch.Type}) -> [bold]{Mismatch.HubSpotProperty}[/]: [red]refused[/]");
            console.MarkupLineInterpolated($"  reason: {ex.Message}");
        }

        return (checkedCount, problemCount, refusal);
    }

    // The same check the service runs when a mapping is saved; custom fields also need aXcelerate's definitions,
    // which the service checks on save, so only their HubSpot side is checked here.
    private static string? Check(FieldMapping mapping, Dictionary<string, HubSpotProperty> properties)
    {
        var descriptor = properties.TryGetValue(mapping.HubSpotProperty, out var property)
            ? new HubSpotPropertyDescriptor(property.Name, property.Type, property.FieldType)
            {
                IsCalculated = property.Calculated,
                IsHubSpotDefined = property.HubspotDefined,
                Options = property.Options.Select(o => o.Value).ToList(),
            }
            : null;
        var problems = FieldMappingValidator.Validate(mapping with { IsCustomField = false }, descriptor, customField: null);
        return problems.Count == 0 ? null : string.Join(" ", problems);
    }
}
