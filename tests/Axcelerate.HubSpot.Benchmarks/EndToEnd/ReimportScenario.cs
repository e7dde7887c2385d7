using System.Diagnostics;
using Axcelerate.HubSpot.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// <c>reimport</c>: the <c>import</c> scenario's data imported once, then again unchanged with the limits on: nothing
/// may be written on either side, and the wall time is compared with the read floor. The first import runs with
/// aXcelerate's quota lifted (a separate registration on the same SQLite file) so the measured run comes sooner.
/// </summary>
public sealed class ReimportScenario : IScenario
{
    public string Name => "reimport";

    public string Description => "The import's data again, unchanged: zero writes either side, time vs the read floor [--n 5000] [--ax-per-minute 150]";

    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        var n = args.Int("n", 5000);
        var perMinute = args.Int("ax-per-minute", 150);
        var sandboxOptions = E2EEnvironment.LimitedSandbox(perMinute);
        await using var env = await E2EEnvironment.StartAsync(sandboxOptions, cancellationToken: cancellationToken);
        var data = ImportData.Seed(env.Sandbox, n);
        await Task.Delay(sandboxOptions.HubSpot.SearchLag + TimeSpan.FromMilliseconds(500), cancellationToken);

        // The first import, quickly: the sandbox's aXcelerate quota lifted, and a registration throttled to match on the same store.
        var quota = sandboxOptions.Axcelerate.RateLimitPerWindow;
        env.Sandbox.Axcelerate.Options.RateLimitPerWindow = null;
        var priming = Stopwatch.StartNew();
        await using (var fast = await env.SecondRegistrationAsync(o => o.Axcelerate.RequestsPerSecond = 1000))
        {
            var first = await fast.GetRequiredService<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact) { PageSize = ImportOptions.MaxPageSize }, cancellationToken: cancellationToken);
            Console.WriteLine($"First import (quota lifted): created {first.Created}, linked {first.Linked}, ambiguous {first.Ambiguous}, failed {first.Failed} in {E2EEnvironment.Seconds(priming.Elapsed)} s.");
        }

        env.Sandbox.Axcelerate.Options.RateLimitPerWindow = quota;
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken); // past the id writes' search lag and into a fresh aXcelerate window
        var floor = ImportFloor.ForReimport(data, sandboxOptions);
        Console.WriteLine(floor.Describe());
        env.ClearCounts();
        var watch = Stopwatch.StartNew();
        var report = await env.Get<IImportOrchestrator>().ImportAllAsync(new ImportRequest(MappedEntity.Contact) { PageSize = ImportOptions.MaxPageSize }, cancellationToken: cancellationToken);
        watch.Stop();

        Console.WriteLine($"Outcomes: unchanged {report.Unchanged}, updated {report.Updated}, created {report.Created}, linked {report.Linked}, ambiguous {report.Ambiguous}, failed {report.Failed}.");
        Console.WriteLine(ImportFloor.CallBreakdown(env));
        var axcelerateWrites = env.Sandbox.Axcelerate.Journal.Entries.Count(e => e.Method != "GET");
        var hubSpotWrites = env.Sandbox.HubSpot.Journal.Entries.Count(e => e.Method is "PATCH" or "PUT" or "DELETE"
            || (e.Method == "POST" && !e.Path.EndsWith("/search", StringComparison.Ordinal) && !e.Path.EndsWith("/batch/read", StringComparison.Ordinal)));
        var ratio = watch.Elapsed.TotalSeconds / floor.Seconds;
        Console.WriteLine(
            $"reimport: {E2EEnvironment.Number(n)} contacts in {E2EEnvironment.Seconds(watch.Elapsed)} s, writes HubSpot {hubSpotWrites} aXcelerate {axcelerateWrites}, " +
            $"HubSpot {E2EEnvironment.Number(env.HubSpotCalls)} calls, aXcelerate {E2EEnvironment.Number(env.AxcelerateCalls)} calls, 429s {env.TooManyRequests}, failed {report.Failed}; " +
            $"{E2EEnvironment.Ratio(ratio)} read floor {E2EEnvironment.Seconds(TimeSpan.FromSeconds(floor.Seconds))} s (calls {E2EEnvironment.Ratio((double)(env.HubSpotCalls + env.AxcelerateCalls) / floor.Calls)} minimum {floor.Calls})");
        if (axcelerateWrites != 0 || hubSpotWrites != 0)
        {
            Console.Error.WriteLine("The unchanged data was written again.");
            return 1;
        }

        return report.Failed == 0 ? 0 : 1;
    }
}
