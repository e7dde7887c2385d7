namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// Keeps how far each poller has read: the first day it must read again on its next run. The poller saves it only
/// after the pushes of the days before are durable, so a stop or a crash re-reads rather than skips.
/// </summary>
public interface IPollWatermarkStore
{
    /// <summary>Reads a poller's watermark.</summary>
    /// <param name="pollKey">Which poller, e.g. <c>contacts</c>; up to 1000 characters.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The first day to read on the next run, or null when the poller never saved one.</returns>
    ValueTask<DateOnly?> GetPollWatermarkAsync(string pollKey, CancellationToken cancellationToken = default);

    /// <summary>Saves a poller's watermark, replacing the earlier one.</summary>
    /// <param name="pollKey">Which poller.</param>
    /// <param name="day">The first day to read on the next run.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when saved.</returns>
    ValueTask SavePollWatermarkAsync(string pollKey, DateOnly day, CancellationToken cancellationToken = default);
}
