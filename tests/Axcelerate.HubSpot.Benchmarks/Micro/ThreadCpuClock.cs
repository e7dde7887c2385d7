using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Axcelerate.HubSpot.Benchmarks.Micro;

/// <summary>
/// The CPU time the calling thread has used (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), so that a single-thread loop can
/// report records per CPU-second of one core even while other processes share the machine; elsewhere, wall time.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>True when the thread's own CPU clock is read; false when <see cref="Now"/> is wall time.</summary>
    public static bool IsThreadCpuTime { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The thread's CPU time so far (or a wall-clock reading where not available).</summary>
    public static TimeSpan Now() => IsThreadCpuTime && TryRead(out var time) ? time : Stopwatch.GetElapsedTime(0);

    private static bool TryRead(out TimeSpan time)
    {
        time = default;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var spec) != 0)
            {
                return false;
            }

            time = TimeSpan.FromTicks((spec.Seconds * TimeSpan.TicksPerSecond) + (spec.Nanoseconds / 100));
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
