namespace Axcelerate.HubSpot.TestKit.Chaos;

/// <summary>
/// Stops an SDK "process" at a chosen request: every attempt either client makes is counted, and when the count reaches
/// the armed number the process's token is cancelled, so whatever it was doing stops there (mid-page, mid-batch,
/// between a remote write and its store write).
/// </summary>
internal sealed class KillSwitch : IDisposable
{
    private readonly Lock _gate = new();
    private CancellationTokenSource _process = new();
    private long _attempts;
    private long? _killAt;

    /// <summary>Every attempt of both clients so far, over every process.</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    /// <summary>The current process's token.</summary>
    public CancellationToken Token
    {
        get
        {
            lock (_gate)
            {
                return _process.Token;
            }
        }
    }

    /// <summary>Whether the current process was stopped.</summary>
    public bool Fired
    {
        get
        {
            lock (_gate)
            {
                return _process.IsCancellationRequested;
            }
        }
    }

    /// <summary>Stops the process when <paramref name="moreAttempts"/> more attempts have been made.</summary>
    public void Arm(long moreAttempts)
    {
        lock (_gate)
        {
            _killAt = Attempts + Math.Max(1, moreAttempts);
        }
    }

    /// <summary>Whether a stop is armed and has not happened yet.</summary>
    public bool Armed
    {
        get
        {
            lock (_gate)
            {
                return _killAt is not null;
            }
        }
    }

    /// <summary>Stops the current process now.</summary>
    public void Fire()
    {
        lock (_gate)
        {
            _killAt = null;
            _process.Cancel();
        }
    }

    /// <summary>A new process starts: a fresh token, nothing armed.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _process.Dispose();
            _process = new CancellationTokenSource();
            _killAt = null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _process.Dispose();
        }
    }

    private void Count()
    {
        var now = Interlocked.Increment(ref _attempts);
        lock (_gate)
        {
            if (_killAt is { } at && now >= at)
            {
                _killAt = null;
                _process.Cancel();
            }
        }
    }

    /// <summary>The handler added to both SDK HTTP clients (per attempt: inside their retry policies).</summary>
    public DelegatingHandler CreateHandler() => new Handler(this);

    private sealed class Handler(KillSwitch owner) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            owner.Count();
            var process = owner.Token;
            process.ThrowIfCancellationRequested();
            return SendLinkedAsync(request, process, cancellationToken);
        }

        private async Task<HttpResponseMessage> SendLinkedAsync(HttpRequestMessage request, CancellationToken process, CancellationToken cancellationToken)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(process, cancellationToken);
            return await base.SendAsync(request, linked.Token).ConfigureAwait(false);
        }
    }
}
