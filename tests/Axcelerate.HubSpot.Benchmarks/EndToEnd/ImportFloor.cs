using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Testing;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// The best an import can do within the two services' limits: the fewest calls each side needs, and the time those
/// calls take at the permitted rates (the two sides overlap, so the slower side sets the floor).
/// </summary>
internal sealed record ImportFloor(int HubSpotCalls, int AxcelerateCalls, double HubSpotRate, double AxcelerateRate, string Basis)
{
    public int Calls => HubSpotCalls + AxcelerateCalls;

    public double HubSpotSeconds => HubSpotCalls / HubSpotRate;

    public double AxcelerateSeconds => AxcelerateCalls / AxcelerateRate;

    public double Seconds => Math.Max(HubSpotSeconds, AxcelerateSeconds);

    /// <summary>
    /// A first import: HubSpot reads every page of 100 and writes the aXcelerate ids back in one batch per page, and
    /// creates the id property once; aXcelerate gets one write per record that needs one (a create or an update) plus
    /// the fewest reads that find every email's matches: one search per HubSpot record, or reading the whole account
    /// a page of 100 at a time, whichever is fewer.
    /// </summary>
    public static ImportFloor ForFirstImport(ImportData data, IntegrationSandboxOptions options)
    {
        var pages = Pages(data.N);
        var hubSpot = pages + pages + 1;
        var reads = Math.Min(data.N, Pages(data.AxcelerateContacts));
        var writes = data.Creates + data.Updates;
        return new ImportFloor(
            hubSpot,
            reads + writes,
            E2EEnvironment.HubSpotRate(options) ?? double.PositiveInfinity,
            E2EEnvironment.AxcelerateRate(options) ?? double.PositiveInfinity,
            $"HubSpot {pages} list pages + {pages} id batches + 1 property = {hubSpot}; aXcelerate {reads} reads + {data.Creates} creates + {data.Updates} updates = {reads + writes}");
    }

    /// <summary>
    /// The same data again: HubSpot's pages are read, nothing is written; aXcelerate is asked again only about the
    /// ambiguous records (the duplicates may have been resolved): a search each, or the whole account, whichever is fewer.
    /// </summary>
    public static ImportFloor ForReimport(ImportData data, IntegrationSandboxOptions options)
    {
        var pages = Pages(data.N);
        var reads = Math.Min(data.Ambiguous, Pages(data.AxcelerateContacts));
        return new ImportFloor(
            pages,
            reads,
            E2EEnvironment.HubSpotRate(options) ?? double.PositiveInfinity,
            E2EEnvironment.AxcelerateRate(options) ?? double.PositiveInfinity,
            $"HubSpot {pages} list pages; aXcelerate {reads} reads for the {data.Ambiguous} ambiguous records; no writes");
    }

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"Floor: {Basis}; HubSpot at {HubSpotRate:0.##}/s = {HubSpotSeconds:0.0} s, aXcelerate at {AxcelerateRate:0.##}/s = {AxcelerateSeconds:0.0} s; floor {Seconds:0.0} s.");

    /// <summary>The calls each sandbox received, grouped by method and path (ids folded), most first.</summary>
    public static string CallBreakdown(E2EEnvironment env)
    {
        var text = new StringBuilder();
        foreach (var (side, entries) in new[] { ("HubSpot", env.Sandbox.HubSpot.Journal.Entries), ("aXcelerate", env.Sandbox.Axcelerate.Journal.Entries) })
        {
            var groups = entries
                .GroupBy(e => $"{e.Method} {Regex.Replace(e.Path, "/[0-9]+(?=/|$)", "/{id}")}")
                .OrderByDescending(g => g.Count())
                .Select(g => $"{g.Key} x{g.Count()}");
            text.Append(CultureInfo.InvariantCulture, $"{side} calls: {string.Join(", ", groups)}").AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private static int Pages(int records) => (records + ImportOptions.MaxPageSize - 1) / ImportOptions.MaxPageSize;
}
