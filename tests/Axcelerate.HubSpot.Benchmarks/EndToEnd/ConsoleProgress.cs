using System.Diagnostics;
using Axcelerate.HubSpot.Import;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>Prints an import's progress every 10 seconds, so a long run shows it is moving.</summary>
internal sealed class ConsoleProgress(int total) : IProgress<ImportProgress>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;

    public void Report(ImportProgress value)
    {
        if (_watch.Elapsed - _last < TimeSpan.FromSeconds(10))
        {
            return;
        }

        _last = _watch.Elapsed;
        Console.WriteLine($"  {_watch.Elapsed.TotalSeconds,6:0} s: {value.Done}/{total} records");
    }

    public void Done() => _watch.Stop();
}
