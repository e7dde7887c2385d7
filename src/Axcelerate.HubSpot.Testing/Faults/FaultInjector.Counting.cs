namespace Axcelerate.HubSpot.Testing.Faults;

/// <summary>Seeding and counting: what a repeatable chaos run needs from the injector.</summary>
public sealed partial class FaultInjector
{
    private readonly Dictionary<SandboxFault, int> _injected = [];

    /// <summary>How many requests a rule has failed so far, by fault, since the injector started or <see cref="ResetCounts"/>.</summary>
    public IReadOnlyDictionary<SandboxFault, int> Injected
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<SandboxFault, int>(_injected);
            }
        }
    }

    /// <summary>How many requests a rule has failed so far, of every fault.</summary>
    public int InjectedTotal
    {
        get
        {
            lock (_gate)
            {
                return _injected.Values.Sum();
            }
        }
    }

    /// <summary>
    /// Seeds the choice of which requests a <see cref="FaultRule.Share"/> rule fails, so a run with the same seed and
    /// the same requests in the same order fails the same ones.
    /// </summary>
    /// <param name="seed">Any number; the same number picks the same requests.</param>
    public void Reseed(int seed)
    {
        lock (_gate)
        {
            _random = new Random(seed);
        }
    }

    /// <summary>Sets every count of <see cref="Injected"/> back to zero.</summary>
    public void ResetCounts()
    {
        lock (_gate)
        {
            _injected.Clear();
        }
    }

    // Called under _gate when a rule matched a request.
    private void CountInjected(SandboxFault fault) => _injected[fault] = _injected.GetValueOrDefault(fault) + 1;
}
