using Axcelerate.HubSpot.TestKit.Chaos;

namespace Axcelerate.HubSpot.Benchmarks.Chaos;

/// <summary>
/// <c>chaos --seed N</c>: issue 16's seeded chaos run (2,000 contacts, 500 companies, 500 deals, changes on both sides,
/// faults on both services, duplicated and shuffled webhooks, three stops). Prints the first discrepancies, then the
/// result line; exits 1 when anything was lost, duplicated or wrong.
/// </summary>
public sealed class ChaosScenario : IScenario
{
    private const int Shown = 20;

    /// <inheritdoc/>
    public string Name => "chaos";

    /// <inheritdoc/>
    public string Description => "seeded chaos run: faults, duplicate webhooks, restarts; --seed N [--short] [--contacts 2000 --companies 500 --deals 500 --rounds 20 --changes 60]";

    /// <inheritdoc/>
    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        // --short: the test suite's run (ChaosOptions.Short), to debug a seed the test reported.
        var defaults = args.Flag("short") ? ChaosOptions.Short(args.Int("seed", 1)) : new ChaosOptions();
        var options = defaults with
        {
            Seed = args.Int("seed", 1),
            Contacts = args.Int("contacts", defaults.Contacts),
            Companies = args.Int("companies", defaults.Companies),
            Deals = args.Int("deals", defaults.Deals),
            Rounds = args.Int("rounds", defaults.Rounds),
            ChangesPerRound = args.Int("changes", defaults.ChangesPerRound),
            Restarts = args.Int("restarts", defaults.Restarts),
            Progress = args.Flag("quiet") ? null : Console.Out,
        };

        var result = await ChaosRun.RunAsync(options, cancellationToken);
        Console.WriteLine($"aXcelerate changes by: {result.AxcelerateSync}");
        Console.WriteLine($"operations: {string.Join(", ", result.OperationsByKind.Select(o => $"{o.Key} {o.Value}"))}");
        Console.WriteLine($"stops: {string.Join("; ", result.Stops)}");
        Console.WriteLine($"faults: {string.Join(", ", result.FaultsByKind.Select(f => $"{f.Key} {f.Value}"))}");
        Console.WriteLine($"webhook requests {result.WebhookRequests}, failed incoming entries {result.FailedEntries} (each with its reason), {result.Elapsed.TotalSeconds:F0} s");
        foreach (var failure in result.FailureSamples)
        {
            Console.WriteLine(failure);
        }

        foreach (var discrepancy in result.Discrepancies.Take(Shown))
        {
            Console.WriteLine(discrepancy);
        }

        if (result.Discrepancies.Count > Shown)
        {
            Console.WriteLine($"... and {result.Discrepancies.Count - Shown} more");
        }

        Console.WriteLine(result.Line);
        return result.Lost + result.Duplicated + result.Wrong > 0 ? 1 : 0;
    }
}
