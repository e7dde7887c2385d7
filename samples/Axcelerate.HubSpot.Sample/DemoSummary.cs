namespace Axcelerate.HubSpot.Sample;

/// <summary>What the demo run showed, for tests and for the closing line.</summary>
/// <param name="OwnersLinked">HubSpot owners acting through a linked aXcelerate user.</param>
/// <param name="OwnersOnFallback">HubSpot owners for whom the Web Service user acts.</param>
/// <param name="MappingsChecked">Field mappings checked against the HubSpot properties, all entities together.</param>
/// <param name="MappingProblems">Existing mappings that do not fit their HubSpot property.</param>
/// <param name="MismatchRefusal">Why the deliberately mismatched mapping was refused; null when it was accepted.</param>
/// <param name="StagesMapped">Stages of the first deal pipeline that resolve to an opportunity status.</param>
/// <param name="StageCount">Stages of the first deal pipeline.</param>
/// <param name="Imports">The import of contacts, companies and deals, in that order.</param>
internal sealed record DemoSummary(
    int OwnersLinked,
    int OwnersOnFallback,
    int MappingsChecked,
    int MappingProblems,
    string? MismatchRefusal,
    int StagesMapped,
    int StageCount,
    IReadOnlyList<ImportTotals> Imports)
{
    /// <summary>Part 6: the contact linked by email, the contact, organisation and opportunity exported; null when not run.</summary>
    public Screens.LinkExportTotals? LinkExport { get; init; }

    /// <summary>Part 7: the two-way sync through the webhook endpoint and the push; null when not run.</summary>
    public Screens.TwoWayTotals? TwoWay { get; init; }
}
