using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.TestKit;

/// <summary>Runs work that waits on a fake clock (retry delays, rate windows), moving the clock on until it completes.</summary>
public static class FakeClock
{
    /// <summary>Runs <paramref name="work"/>, advancing <paramref name="clock"/> by <paramref name="step"/> until it completes.</summary>
    /// <remarks>Gives up after 10,000 steps and awaits the task anyway, so a hang shows as the task's own failure.</remarks>
    public static async Task<T> RunUntilCompleteAsync<T>(this FakeTimeProvider clock, Func<Task<T>> work, TimeSpan? step = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(work);
        var advance = step ?? TimeSpan.FromMilliseconds(250);
        var task = work();
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            await Task.Delay(1);
            clock.Advance(advance);
        }

        return await task;
    }

    /// <summary>Runs <paramref name="work"/>, advancing <paramref name="clock"/> by <paramref name="step"/> until it completes.</summary>
    public static Task RunUntilCompleteAsync(this FakeTimeProvider clock, Func<Task> work, TimeSpan? step = null) =>
        clock.RunUntilCompleteAsync(async () =>
        {
            await work();
            return true;
        }, step);
}
