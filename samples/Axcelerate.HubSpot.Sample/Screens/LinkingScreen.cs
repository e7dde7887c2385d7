using System.Globalization;
using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.Sample.Commands;
using Axcelerate.HubSpot.Storage;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>Tables of the link, export and deal commands (and of part 6 of the default run).</summary>
internal static class LinkingScreen
{
    public static void ShowResults(IEnumerable<(string Action, LinkResult Result)> results, IAnsiConsole console, string title)
    {
        var table = new Table().Title(Markup.Escape(title))
            .AddColumn("Action").AddColumn("aXcelerate id").AddColumn("HubSpot id").AddColumn("Outcome").AddColumn("Note").AddColumn("HubSpot address");
        foreach (var (action, result) in results)
        {
            table.AddRow(
                Cell.Text(action),
                Cell.Text(result.AxcelerateId?.ToString(CultureInfo.InvariantCulture)),
                Cell.Text(result.HubSpotId),
                result.Succeeded ? Cell.Good(result.Outcome.ToString()) : Cell.Bad($"Refused ({result.Refusal})"),
                result.Succeeded ? Cell.Text(result.Reason) : Cell.Bad(result.Reason ?? "-"),
                Cell.Text(result.Address?.ToString()));
        }

        console.Write(table);
    }

    public static void ShowLinks(MappedEntity entity, IReadOnlyList<RecordLink> links, IAnsiConsole console)
    {
        var table = new Table().Title($"Linked {LinkingEntities.NameOf(entity)} records ({links.Count})")
            .AddColumn("aXcelerate id").AddColumn("HubSpot id").AddColumn("Linked at (UTC)");
        foreach (var link in links)
        {
            table.AddRow(
                Cell.Text(link.AxcelerateId.ToString(CultureInfo.InvariantCulture)),
                Cell.Text(link.HubSpotId),
                Cell.Text(link.LinkedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
        }

        console.Write(table);
    }

    public static void ShowDeals(MappedEntity entity, long axcelerateId, IReadOnlyList<RecordDeal> deals, IAnsiConsole console)
    {
        var table = new Table().Title($"HubSpot deals of aXcelerate {LinkingEntities.NameOf(entity)} {axcelerateId} ({deals.Count})")
            .AddColumn("Deal id").AddColumn("Name").AddColumn("Amount").AddColumn("Stage").AddColumn("Opportunity").AddColumn("Marketing contact");
        foreach (var deal in deals)
        {
            table.AddRow(
                Cell.Text(deal.DealId),
                Cell.Text(deal.Name),
                Cell.Text(deal.Amount),
                Cell.Text(deal.StageId),
                deal.LinkedOpportunityId is { } task ? Cell.Good($"linked to {task}") : Cell.Warn("not linked: add-deal"),
                deal.MarketingContactId is { } contact ? Cell.Text(contact.ToString(CultureInfo.InvariantCulture)) : Cell.Warn("needs --key-contact"));
        }

        console.Write(table);
    }
}
