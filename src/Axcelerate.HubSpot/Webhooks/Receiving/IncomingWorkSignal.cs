namespace Axcelerate.HubSpot.Webhooks;

/// <summary>An auto-reset signal on the integration's <see cref="TimeProvider"/>: one pending notification at most.</summary>
internal sealed class IncomingWorkSignal(TimeProvider timeProvider) : IIncomingWorkSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _pending;

    public void Notify()
    {
        TaskCompletionSource signalled;
        lock (_gate)
        {
            _pending = true;
            signalled = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signalled.TrySetResult();
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be zero or more, or Timeout.InfiniteTimeSpan.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        Task waiting;
        lock (_gate)
        {
            if (_pending)
            {
                _pending = false;
                return;
            }

            waiting = _next.Task;
        }

        try
        {
            await waiting.WaitAsync(timeout, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return;
        }

        lock (_gate)
        {
            _pending = false;
        }
    }
}
