namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Tells the incoming-log processor that new entries were logged, so it does not wait for its next poll. A singleton:
/// the receiver (and any other source) calls <see cref="Notify"/> after a write; the processor awaits
/// <see cref="WaitAsync"/> between passes.
/// </summary>
public interface IIncomingWorkSignal
{
    /// <summary>Signals that work is waiting. A signal given while nobody waits is kept for the next wait.</summary>
    void Notify();

    /// <summary>
    /// Waits until <see cref="Notify"/> is called (or was called since the last wait returned) or
    /// <paramref name="timeout"/> passes on the integration's clock, whichever comes first.
    /// </summary>
    /// <param name="timeout">The longest wait; <see cref="Timeout.InfiniteTimeSpan"/> waits for a signal only.</param>
    /// <param name="cancellationToken">Stops waiting (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>A task that completes when signalled or when the timeout passes.</returns>
    Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}
