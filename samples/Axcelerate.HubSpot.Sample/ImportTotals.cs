using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Sample.Screens;

namespace Axcelerate.HubSpot.Sample;

/// <summary>The outcome counts of one entity's import in the demo, and the ambiguous and failed rows with their reasons.</summary>
internal sealed record ImportTotals(
    string Entity,
    int Created,
    int Linked,
    int Updated,
    int Unchanged,
    int Skipped,
    int Ambiguous,
    int Failed,
    IReadOnlyList<string> Problems)
{
    public static ImportTotals From(ImportReport report) => new(
        ImportScreen.NameOf(report.Entity),
        report.Created,
        report.Linked,
        report.Updated,
        report.Unchanged,
        report.Skipped,
        report.Ambiguous,
        report.Failed,
        report.Records
            .Where(r => r.Outcome is ImportOutcome.Ambiguous or ImportOutcome.Failed)
            .Select(r => r.ToString())
            .ToList());

    /// <summary>Records handled.</summary>
    public int Total => Created + Linked + Updated + Unchanged + Skipped + Ambiguous + Failed;
}
