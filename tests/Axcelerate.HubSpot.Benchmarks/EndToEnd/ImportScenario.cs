using System.Diagnostics;
using Axcelerate.HubSpot.Import;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// <c>import</c>: N HubSpot contacts into an aXcelerate account of N contacts (half the emails shared, 1% ambiguous),
/// rate limits on (HubSpot Professional; aXcelerate at its quota with 20 ms latency). Prints wall time, the calls each
/// sandbox received, the 429s they answered and the failed records, against the floor: the fewest calls the limits
/// allow, divided by the permitted rates.
/// </summary>
public sealed class ImportScenario : IScenario
{
    public string Name => "import";

    public string Description => "N HubSpot contacts into an account of N (half shared, 1% ambiguous), limits on [--n 5000] [--ax-per-minute 150]";

    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        var n = args.Int("n", 5000);
        var perMinute = args.Int("ax-per-minute", 150);
        var sandboxOptions = E2EEnvironment.LimitedSandbox(perMinute);
        await using var env = await E2EEnvironment.StartAsync(sandboxOptions, cancellationToken: cancellationToken);
        var seeding = Stopwatch.StartNew();
        var data = ImportData.Seed(env.Sandbox, n);
        Console.WriteLine($"Seeded {E2EEnvironment.Number(n)} HubSpot and {E2EEnvironment.Number(data.AxcelerateContacts)} aXcelerate contacts in {E2EEnvironment.Seconds(seeding.Elapsed)} s.");

        // HubSpot's search (the import's record count) sees writes only after its lag, as in production; an import does
        // not start within seconds of its records' creation.
        await Task.Delay(sandboxOptions.HubSpot.SearchLag + TimeSpan.FromMilliseconds(500), cancellationToken);
        var floor = ImportFloor.ForFirstImport(data, sandboxOptions);
        Console.WriteLine(floor.Describe());
        env.ClearCounts();
        var progress = new ConsoleProgress(n);
        var watch = Stopwatch.StartNew();
        var report = await env.Get<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact) { PageSize = ImportOptions.MaxPageSize }, progress, cancellationToken);
        watch.Stop();
        progress.Done();

        var hubSpotCalls = env.HubSpotCalls;
        var axcelerateCalls = env.AxcelerateCalls;
        Console.WriteLine($"Outcomes: created {report.Created}, linked {report.Linked}, updated {report.Updated}, unchanged {report.Unchanged}, ambiguous {report.Ambiguous}, skipped {report.Skipped}, failed {report.Failed} (expected: created {data.Creates}, linked {data.Links + data.Updates} of which {data.Updates} need an update, ambiguous {data.Ambiguous}).");
        foreach (var failure in report.Records.Where(r => r.Outcome == ImportOutcome.Failed).Take(5))
        {
            Console.WriteLine($"  failed {failure.HubSpotId}: {failure.Reason}");
        }

        Console.WriteLine(ImportFloor.CallBreakdown(env));
        var wallRatio = watch.Elapsed.TotalSeconds / floor.Seconds;
        var callRatio = (double)(hubSpotCalls + axcelerateCalls) / floor.Calls;
        Console.WriteLine(
            $"import: {E2EEnvironment.Number(n)} contacts in {E2EEnvironment.Seconds(watch.Elapsed)} s, HubSpot {E2EEnvironment.Number(hubSpotCalls)} calls, " +
            $"aXcelerate {E2EEnvironment.Number(axcelerateCalls)} calls, 429s {env.TooManyRequests}, failed {report.Failed}; " +
            $"{E2EEnvironment.Ratio(wallRatio)} floor {E2EEnvironment.Seconds(TimeSpan.FromSeconds(floor.Seconds))} s (calls {E2EEnvironment.Ratio(callRatio)} minimum {E2EEnvironment.Number(floor.Calls)})");
        // The journal holds every request received, a write answered 429 and sent again included.
        var writes = env.Sandbox.Axcelerate.Journal.Entries.Count(e => e.Method != "GET");
        var retried = env.Statuses.Count(env.Sandbox.Axcelerate.RootAddress, 429);
        var expected = report.Created == data.Creates && report.Linked == data.Links + data.Updates && report.Ambiguous == data.Ambiguous
            && writes >= data.Creates + data.Updates && writes <= data.Creates + data.Updates + retried;
        if (!expected)
        {
            Console.Error.WriteLine($"Unexpected outcome: {writes} aXcelerate writes ({retried} answered 429), expected {data.Creates + data.Updates}.");
        }

        return report.Failed == 0 && expected ? 0 : 1;
    }
}
