namespace Axcelerate.HubSpot.Storage;

public sealed partial class InMemoryIntegrationStore
{
    private readonly Dictionary<string, DateOnly> _pollWatermarks = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<DateOnly?> GetPollWatermarkAsync(string pollKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(pollKey, nameof(pollKey));
        lock (_gate)
        {
            return ValueTask.FromResult(_pollWatermarks.TryGetValue(pollKey, out var day) ? day : (DateOnly?)null);
        }
    }

    /// <inheritdoc />
    public ValueTask SavePollWatermarkAsync(string pollKey, DateOnly day, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(pollKey, nameof(pollKey));
        lock (_gate)
        {
            _pollWatermarks[pollKey] = day;
        }

        return ValueTask.CompletedTask;
    }
}
