namespace Axcelerate.HubSpot.Storage;

public sealed partial class InMemoryIntegrationStore
{
    private readonly Dictionary<string, StoreLease> _leases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<long, int>> _rateSlots = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<StoreLease?> TryAcquireLeaseAsync(string leaseName, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        StoreArguments.LeaseRequest(leaseName, holder);
        StoreArguments.Lease(duration, nameof(duration));
        lock (_gate)
        {
            var now = Now;
            if (_leases.TryGetValue(leaseName, out var current) && current.ExpiresAt > now && current.Holder != holder)
            {
                return ValueTask.FromResult<StoreLease?>(null);
            }

            var lease = new StoreLease(leaseName, holder, now + duration);
            _leases[leaseName] = lease;
            return ValueTask.FromResult<StoreLease?>(lease);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ReleaseLeaseAsync(string leaseName, string holder, CancellationToken cancellationToken = default)
    {
        StoreArguments.LeaseRequest(leaseName, holder);
        lock (_gate)
        {
            var held = _leases.TryGetValue(leaseName, out var current) && current.Holder == holder && current.ExpiresAt > Now;
            return ValueTask.FromResult(held && _leases.Remove(leaseName));
        }
    }

    /// <inheritdoc />
    public ValueTask<StoreLease?> GetLeaseAsync(string leaseName, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(leaseName, nameof(leaseName));
        lock (_gate)
        {
            return ValueTask.FromResult(_leases.TryGetValue(leaseName, out var lease) && lease.ExpiresAt > Now ? lease : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> TakeRatePermitsAsync(string budgetName, int requested, int limit, TimeSpan window, CancellationToken cancellationToken = default)
    {
        StoreArguments.RateRequest(budgetName, requested, limit, window);
        lock (_gate)
        {
            var slot = StoreArguments.RateSlot(Now);
            var oldestLive = slot - (long)window.TotalSeconds + 1;
            if (!_rateSlots.TryGetValue(budgetName, out var slots))
            {
                slots = [];
                _rateSlots[budgetName] = slots;
            }

            foreach (var expired in slots.Keys.Where(key => key < oldestLive).ToList())
            {
                slots.Remove(expired);
            }

            var used = slots.Values.Sum();
            var granted = Math.Clamp(limit - used, 0, requested);
            if (granted > 0)
            {
                slots[slot] = slots.GetValueOrDefault(slot) + granted;
            }

            return ValueTask.FromResult(granted);
        }
    }
}
