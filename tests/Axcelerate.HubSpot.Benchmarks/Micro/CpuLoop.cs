using System.Diagnostics;
using System.Globalization;

namespace Axcelerate.HubSpot.Benchmarks.Micro;

/// <summary>
/// A single-thread measuring loop: warms up, then runs whole batches for a given wall time and reports operations per
/// CPU-second of this thread (<see cref="ThreadCpuClock"/>: one core, whatever else runs on the machine) and bytes
/// allocated per operation (<see cref="GC.GetAllocatedBytesForCurrentThread"/>).
/// </summary>
internal static class CpuLoop
{
    /// <summary>Measures <paramref name="operation"/> and prints one line about it.</summary>
    public static Result Run(string name, double seconds, int warmup, int batch, Func<object?> operation)
    {
        for (var i = 0; i < warmup; i++)
        {
            operation();
        }

        long operations = 0;
        var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuClock.Now();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < batch; i++)
            {
                operation();
            }

            operations += batch;
        }

        watch.Stop();
        var cpu = ThreadCpuClock.Now() - cpuBefore;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        var result = new Result(operations, cpu, watch.Elapsed, (double)bytes / operations);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-14} {operations:N0} in {cpu.TotalSeconds:0.00} s {(ThreadCpuClock.IsThreadCpuTime ? "thread CPU" : "wall")} ({watch.Elapsed.TotalSeconds:0.00} s wall): {result.PerSecond:N0}/s ({operations / watch.Elapsed.TotalSeconds:N0}/s by wall time), {result.BytesPerOperation:N0} B each"));
        return result;
    }

    /// <summary>What a loop measured.</summary>
    public readonly record struct Result(long Operations, TimeSpan Cpu, TimeSpan Wall, double BytesPerOperation)
    {
        /// <summary>Operations per CPU-second of the measuring thread.</summary>
        public double PerSecond => Operations / Cpu.TotalSeconds;
    }
}
