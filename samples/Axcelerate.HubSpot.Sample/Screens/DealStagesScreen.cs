using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Deals;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>Part 4 (the Deals tab): the first pipeline's stages mapped to aXcelerate opportunity statuses.</summary>
internal static class DealStagesScreen
{
    private static readonly string[] ClosedStatusNames = ["Won", "Lost", "Abandoned"];

    public static async Task<(int Mapped, int Stages)> ShowAsync(IServiceProvider services, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var deals = services.GetRequiredService<IDealStageMappingService>();
        var before = await deals.GetOverviewAsync(cancellationToken).ConfigureAwait(false);
        if (before.OpportunityStatuses.Count == 0)
        {
            throw new InvalidOperationException("aXcelerate has no opportunity statuses to map the deal stages to.");
        }

        // Stages an administrator already mapped keep their status; only unmapped ones get a suggestion, so pointing
        // the sample at a real account never overwrites earlier choices.
        var map = before.Stages.ToDictionary(
            s => s.StageId,
            s => s.OpportunityStatusId ?? Choose(s.StageLabel, before.OpportunityStatuses).Id
                ?? throw new InvalidOperationException("aXcelerate listed opportunity statuses without ids; the deal stage map needs ids."),
            StringComparer.Ordinal);
        if (before.Stages.Any(s => !s.IsMapped) || before.SavedMapIsForAnotherPipeline)
        {
            await deals.SaveAsync(map, cancellationToken).ConfigureAwait(false);
        }

        var overview = await deals.GetOverviewAsync(cancellationToken).ConfigureAwait(false);

        var table = new Table()
            .Title($"4. Deal stages of pipeline \"{Markup.Escape(overview.PipelineLabel)}\" ({Markup.Escape(overview.PipelineId)}) -> opportunity statuses")
            .AddColumn("#")
            .AddColumn("Deal stage")
            .AddColumn("Opportunity status")
            .AddColumn("Stage -> status")
            .AddColumn("Status -> stage");
        var mapped = 0;
        foreach (var stage in overview.Stages)
        {
            var toStatus = await deals.ResolveStatusAsync(stage.StageId, cancellationToken).ConfigureAwait(false);
            var back = stage.OpportunityStatusName is null
                ? null
                : await deals.ResolveStageAsync(stage.OpportunityStatusName, cancellationToken).ConfigureAwait(false);
            if (toStatus.IsMapped)
            {
                mapped++;
            }

            table.AddRow(
                Cell.Text(stage.DisplayOrder.ToString(CultureInfo.InvariantCulture)),
                Cell.Text($"{stage.StageLabel} ({stage.StageId})"),
                Cell.Text(stage.OpportunityStatusName is null ? null : $"{stage.OpportunityStatusName} ({stage.OpportunityStatusId})"),
                toStatus.IsMapped ? Cell.Good(toStatus.OpportunityStatusName ?? "-") : Cell.Bad(toStatus.Problem ?? "unmapped"),
                back is null ? Cell.Text(null)
                    : back.IsMapped ? Cell.Text(back.DealStageLabel) : Cell.Bad(back.Problem ?? "unmapped"));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Statuses available: {string.Join(", ", overview.OpportunityStatuses.Select(s => s.Name))}. Several stages may share a status; resolving a status back picks the first stage in pipeline order.");
        return (mapped, overview.Stages.Count);
    }

    /// <summary>
    /// A sensible first map: the status sharing the most words with the stage label ("Closed Won" -> Won,
    /// "Appointment Scheduled" -> Scheduled), else the first open status.
    /// </summary>
    private static AxcelerateLookupItem Choose(string stageLabel, IReadOnlyList<AxcelerateLookupItem> statuses)
    {
        var stageWords = Words(stageLabel);
        var best = statuses
            .Select(s => (Status: s, Score: Words(s.Name).Count(stageWords.Contains)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Status)
            .FirstOrDefault();
        return best
            ?? statuses.FirstOrDefault(s => !ClosedStatusNames.Contains(s.Name.Trim(), StringComparer.OrdinalIgnoreCase))
            ?? statuses[0];
    }

    private static HashSet<string> Words(string text) =>
        new(text.Split([' ', '-', '_', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2), StringComparer.OrdinalIgnoreCase);
}
