using System.Globalization;
using Axcelerate.HubSpot.Engagements;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>Part 8 ("View Engagements" on a record's HubSpot profile): a linked record's engagements, newest first.</summary>
internal static class EngagementsScreen
{
    /// <summary>Reads every engagement of a linked contact or organisation.</summary>
    public static async Task<IReadOnlyList<Engagement>> ReadAsync(IServiceProvider services, MappedEntity entity, long axcelerateId, CancellationToken cancellationToken)
    {
        var engagements = services.GetRequiredService<IEngagementService>();
        var view = entity == MappedEntity.Contact
            ? engagements.ListContactEngagementsAsync(axcelerateId, cancellationToken)
            : engagements.ListOrganisationEngagementsAsync(axcelerateId, cancellationToken);
        var all = new List<Engagement>();
        await foreach (var page in view.AsPages(pageSizeHint: 100).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            all.AddRange(page.Values);
        }

        return all;
    }

    /// <summary>The engagements as a table: when, type, where from, subject and preview, owner, direction, status or outcome.</summary>
    public static void Show(IReadOnlyList<Engagement> engagements, IAnsiConsole console, string title)
    {
        var table = new Table()
            .Title(title)
            .AddColumn("When (UTC)")
            .AddColumn("Type")
            .AddColumn("From")
            .AddColumn("Subject / preview")
            .AddColumn("Owner")
            .AddColumn("Direction")
            .AddColumn("Status / outcome");
        foreach (var e in engagements)
        {
            var text = string.Join("\n", new[] { e.Subject, e.BodyPreview }.Where(t => !string.IsNullOrEmpty(t)));
            var state = string.Join(" / ", new[] { e.Status, e.Outcome }.Where(t => !string.IsNullOrEmpty(t)));
            table.AddRow(
                Cell.Text(e.Timestamp?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                Cell.Text(e.Type.ToString()),
                Cell.Text(From(e.Source)),
                Cell.Text(text),
                Cell.Text(e.OwnerName),
                Cell.Text(e.Direction?.ToString()),
                Cell.Text(state));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{engagements.Count} engagement(s); from the record itself {engagements.Count(e => e.Source.Name is null)}, from companies {engagements.Count(e => e.Source.Kind == EngagementSourceKind.Company && e.Source.Name is not null)}, from deals {engagements.Count(e => e.Source.Kind == EngagementSourceKind.Deal)}.");
    }

    /// <summary>
    /// The default run's step 8: the engagements of one imported (linked) contact that has both companies and deals in
    /// HubSpot, so the view shows its own, its companies' and its deals' engagements. Only on the sandbox.
    /// </summary>
    /// <returns>The number of engagements shown, or null when the step did not run.</returns>
    public static async Task<int?> ShowDemoAsync(SampleEnvironment environment, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (environment.Sandbox is not { } sandbox)
        {
            console.MarkupLine("[bold]8. Engagements[/]: use [bold]engagements contact|organisation ID[/] against configured services.");
            return null;
        }

        var links = environment.Services.GetRequiredService<IRecordLinkStore>();
        string? token = null;
        do
        {
            var page = await links.ListRecordLinksAsync(MappedEntity.Contact, 100, token, cancellationToken).ConfigureAwait(false);
            foreach (var link in page.Items)
            {
                if (sandbox.HubSpot.GetAssociatedIds(HubSpotObjectType.Contacts, link.HubSpotId, HubSpotObjectType.Deals).Count > 0
                    && sandbox.HubSpot.GetAssociatedIds(HubSpotObjectType.Contacts, link.HubSpotId, HubSpotObjectType.Companies).Count > 0)
                {
                    var engagements = await ReadAsync(environment.Services, MappedEntity.Contact, link.AxcelerateId, cancellationToken).ConfigureAwait(false);
                    Show(engagements, console, $"8. Engagements of aXcelerate contact {link.AxcelerateId} (HubSpot contact {link.HubSpotId}), with its companies' and deals'");
                    return engagements.Count;
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        console.MarkupLine("[bold]8. Engagements[/]: no linked contact has both a company and a deal in HubSpot.");
        return null;
    }

    private static string From(EngagementSource source) => source switch
    {
        { Name: null } => $"this {(source.Kind == EngagementSourceKind.Contact ? "contact" : "company")}",
        { Kind: EngagementSourceKind.Company } => $"company {source.Name} ({source.HubSpotId})",
        _ => $"deal {source.Name} ({source.HubSpotId})",
    };
}
