using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Axcelerate.HubSpot.Benchmarks.Micro;

/// <summary>
/// <c>mapping</c>: the field-mapping engine on a contact of 25 mapped fields, both directions, on one thread. Runs
/// <see cref="MappingBenchmarks"/> with BenchmarkDotNet (in process, a short job: about a minute), or with
/// <c>--quick</c> a plain Stopwatch loop (seconds). Floor: 250,000 records/s and 1 KB/record each way.
/// </summary>
public sealed class MappingScenario : IScenario
{
    /// <summary>Target records per second, each way.</summary>
    public const double TargetRecordsPerSecond = 250_000;

    /// <summary>Target bytes allocated per record, each way.</summary>
    public const double TargetBytesPerRecord = 1024;

    /// <inheritdoc />
    public string Name => "mapping";

    /// <inheritdoc />
    public string Description => "field mapping of a 25-field contact both ways: records/s and B/record [--quick] [--seconds S]";

    /// <inheritdoc />
    public Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        var (toHubSpot, toAxcelerate) = args.Flag("quick") ? Quick(args.Int("seconds", 2)) : WithBenchmarkDotNet();
        if (toHubSpot is null || toAxcelerate is null)
        {
            Console.WriteLine("mapping: FAILED (BenchmarkDotNet reported no result)");
            return Task.FromResult(1);
        }

        Console.WriteLine(ResultLine(toHubSpot.Value, toAxcelerate.Value));
        return Task.FromResult(0);
    }

    private static string ResultLine(Measured toHubSpot, Measured toAxcelerate)
    {
        var ratio = Math.Min(toHubSpot.Ratio, toAxcelerate.Ratio);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"mapping: to-hubspot {toHubSpot.RecordsPerSecond:N0} records/s {toHubSpot.BytesPerRecord:N0} B/record, to-axcelerate {toAxcelerate.RecordsPerSecond:N0} records/s {toAxcelerate.BytesPerRecord:N0} B/record; {ratio:0.00}x floor");
    }

    private static (Measured?, Measured?) Quick(int seconds)
    {
        var plan = MappingFixture.Plan();
        var axcelerate = MappingFixture.Axcelerate();
        var hubSpot = MappingFixture.HubSpot();
        var toHubSpot = Loop("to-hubspot", seconds, () => plan.ToHubSpot("708861", axcelerate));
        var toAxcelerate = Loop("to-axcelerate", seconds, () => plan.ToAxcelerate("51", hubSpot));
        return (toHubSpot, toAxcelerate);
    }

    private static Measured Loop(string name, int seconds, Func<object> map)
    {
        var result = CpuLoop.Run(name, seconds, warmup: 300_000, batch: 10_000, map);
        return new Measured(result.PerSecond, result.BytesPerOperation);
    }

    private static (Measured?, Measured?) WithBenchmarkDotNet()
    {
        var job = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("short-inprocess");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
        var summary = BenchmarkRunner.Run<MappingBenchmarks>(config);
        return (Find(summary, nameof(MappingBenchmarks.ToHubSpot)), Find(summary, nameof(MappingBenchmarks.ToAxcelerate)));
    }

    private static Measured? Find(Summary summary, string method)
    {
        var report = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
        if (report?.ResultStatistics is not { } statistics)
        {
            return null;
        }

        var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        return new Measured(1e9 / statistics.Median, bytes);
    }

    private readonly record struct Measured(double RecordsPerSecond, double BytesPerRecord)
    {
        // Speed and memory both as "measured relative to target, higher is better": 1.00 meets the floor.
        public double Ratio => Math.Min(RecordsPerSecond / TargetRecordsPerSecond, TargetBytesPerRecord / Math.Max(BytesPerRecord, 1));
    }
}
