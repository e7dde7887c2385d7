namespace Axcelerate.HubSpot.Storage;

/// <summary>Running totals of an import.</summary>
/// <param name="Created">Records created in aXcelerate.</param>
/// <param name="Linked">Records linked to an existing aXcelerate record.</param>
/// <param name="Updated">Already-linked records updated.</param>
/// <param name="Skipped">Records left alone (excluded, unchanged, or deactivated).</param>
/// <param name="Ambiguous">Records not linked because several aXcelerate records matched.</param>
/// <param name="Failed">Records that failed.</param>
public readonly record struct ImportCounts(int Created, int Linked, int Updated, int Skipped, int Ambiguous, int Failed)
{
    /// <summary>All records seen.</summary>
    public int Total => Created + Linked + Updated + Skipped + Ambiguous + Failed;

    /// <summary>Adds two sets of totals.</summary>
    /// <param name="left">The first totals.</param>
    /// <param name="right">The totals to add.</param>
    /// <returns>The sum.</returns>
    public static ImportCounts operator +(ImportCounts left, ImportCounts right) => new(
        left.Created + right.Created,
        left.Linked + right.Linked,
        left.Updated + right.Updated,
        left.Skipped + right.Skipped,
        left.Ambiguous + right.Ambiguous,
        left.Failed + right.Failed);

    /// <summary>Adds two sets of totals.</summary>
    /// <param name="left">The first totals.</param>
    /// <param name="right">The totals to add.</param>
    /// <returns>The sum.</returns>
    public static ImportCounts Add(ImportCounts left, ImportCounts right) => left + right;
}
